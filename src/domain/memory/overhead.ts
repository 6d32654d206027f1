import { ALLOCATOR_RESERVE_FRACTION, CUDA_CONTEXT_BYTES } from './constants';

/** Allocator reserve on top of the peak of live tensors, and the CUDA context beside it. */
export function overheadBytes(allocatedBytes: number) {
  const reserve = allocatedBytes * ALLOCATOR_RESERVE_FRACTION;
  return { reserve, cudaContext: CUDA_CONTEXT_BYTES, total: reserve + CUDA_CONTEXT_BYTES };
}
