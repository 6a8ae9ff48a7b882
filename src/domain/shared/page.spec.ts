import { describe, expect, it } from '@jest/globals';
import { pageRequest } from './page.js';

describe('pageRequest', () => {
  it('caps every limit and clamps nonsense instead of refusing it', () => {
    expect(pageRequest(1, 100_000, 99)).toEqual({ page: 1, limit: 99 });
    expect(pageRequest(3, 20)).toEqual({ page: 3, limit: 20 });
    expect(pageRequest(0, 0)).toEqual({ page: 1, limit: 10 });
    expect(pageRequest(-4, -1)).toEqual({ page: 1, limit: 10 });
    expect(pageRequest(null, undefined)).toEqual({ page: 1, limit: 10 });
    expect(pageRequest(1.5, 7.2)).toEqual({ page: 1, limit: 10 });
    expect(pageRequest(1e9, 5)).toEqual({ page: 10_000, limit: 5 });
  });
});
