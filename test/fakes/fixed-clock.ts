import { Clock } from '../../src/domain/shared/index.js';

/** A clock that only moves when a test says so. */
export class FixedClock extends Clock {
  constructor(private current = new Date('2026-01-15T10:00:00Z')) {
    super();
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
