/**
 * Test support: a request at which a near miss still trains (a plan to pin or compare). At 32k
 * tokens × 1 the 8k-window models miss on context but fit the GPU; at the default 8k × 4 the
 * engine plan lets every rival qualify, and the near misses are the models too large to train.
 */
export const NEAR_MISS_REQUEST = { contextWindow: 32_768, concurrency: 1 } as const;
