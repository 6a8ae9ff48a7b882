import DataLoader from 'dataloader';
import type { GqlContext } from './context.js';

const LOADERS = Symbol('loaders');

type WithLoaders = GqlContext & { [LOADERS]?: Map<string, DataLoader<string, unknown>> };

/**
 * One batching loader per request and name: the lists' field resolvers ask one by one, the
 * loader asks the database once per page (no N+1). `batch` answers by key.
 */
export function loader<V>(
  ctx: GqlContext,
  name: string,
  batch: (keys: readonly string[]) => Promise<Map<string, V>>,
): DataLoader<string, V | null> {
  const holder = ctx as WithLoaders;
  holder[LOADERS] ??= new Map();
  let found = holder[LOADERS].get(name) as DataLoader<string, V | null> | undefined;
  if (!found) {
    found = new DataLoader<string, V | null>(async (keys) => {
      const values = await batch(keys);
      return keys.map((key) => values.get(key) ?? null);
    });
    holder[LOADERS].set(name, found as DataLoader<string, unknown>);
  }
  return found;
}
