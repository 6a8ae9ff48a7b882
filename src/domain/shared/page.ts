export interface Page<T> {
  total: number;
  elements: T[];
}

export interface PageRequest {
  page: number;
  limit: number;
}

/** The largest page any list returns, and the size of a page when none is asked for. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 10;

/** api.md: 1-based pages, every limit capped. Out-of-range values are clamped, not refused. */
export function pageRequest(
  page: number | null | undefined,
  limit: number | null | undefined,
  maxLimit = MAX_PAGE_SIZE,
  defaultLimit = DEFAULT_PAGE_SIZE,
): PageRequest {
  const p = Number.isInteger(page) && page! > 0 ? Math.min(page!, 10_000) : 1;
  const l = Number.isInteger(limit) && limit! > 0 ? Math.min(limit!, maxLimit) : defaultLimit;
  return { page: p, limit: l };
}
