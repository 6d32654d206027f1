import { MAX_COMPARED } from './compare';

/**
 * The comparison list with `id` added (at the end) or removed. Adding to a full list (four models)
 * leaves it as it is: the caller says why and offers to remove one first.
 */
export function toggleCompared(ids: readonly string[], id: string): string[] {
  if (ids.includes(id)) return ids.filter((other) => other !== id);
  return ids.length >= MAX_COMPARED ? [...ids] : [...ids, id];
}
