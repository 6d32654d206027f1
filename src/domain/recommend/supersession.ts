import type { CatalogModel } from '../catalog/schema';

/** A catalog model's successor, as its schema records it. */
export type Supersession = NonNullable<CatalogModel['supersededBy']>;

/** The card's line for a superseded model: "Superseded by Qwen3-8B-Instruct-2507: …". */
export function supersededLine(successorName: string, supersession: Supersession): string {
  return `Superseded by ${successorName}: ${supersession.reason}`;
}

/**
 * Ranked candidates (best first) with every superseded model moved to just below its successor
 * when both are in the list and the successor ranked lower; the rest keep their order. Chains
 * (A superseded by B, B by C) settle in at most one pass per candidate.
 */
export function successorsFirst<T extends { id: string }>(
  ranked: readonly T[],
  supersessionOf: (id: string) => Supersession | undefined,
): T[] {
  const order = [...ranked];
  // Each move puts one model below its successor for good, so there are fewer moves than models.
  let moves = 0;
  while (moves++ < order.length) {
    const i = order.findIndex(
      (candidate, at) => successorIndex(order, candidate, supersessionOf) > at,
    );
    if (i < 0) break;
    const j = successorIndex(order, order[i] as T, supersessionOf);
    const [superseded] = order.splice(i, 1);
    order.splice(j, 0, superseded as T);
  }
  return order;
}

function successorIndex<T extends { id: string }>(
  order: readonly T[],
  candidate: T,
  supersessionOf: (id: string) => Supersession | undefined,
): number {
  const successorId = supersessionOf(candidate.id)?.id;
  return successorId ? order.findIndex((c) => c.id === successorId) : -1;
}
