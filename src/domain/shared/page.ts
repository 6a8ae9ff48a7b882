export interface Page<T> {
  total: number;
  elements: T[];
}

export interface PageRequest {
  page: number;
  limit: number;
}

/** api.md: 1-based pages, every limit capped. Out-of-range values are clamped, not refused. */
export function pageRequest(
  page: number | null | undefined,
  limit: number | null | undefined,
  maxLimit = 100,
  defaultLimit = 10,
): PageRequest {
  const p = Number.isInteger(page) && page! > 0 ? Math.min(page!, 10_000) : 1;
  const l = Number.isInteger(limit) && limit! > 0 ? Math.min(limit!, maxLimit) : defaultLimit;
  return { page: p, limit: l };
}
