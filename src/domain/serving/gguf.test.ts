import { describe, expect, it } from 'vitest';
import { PUBLISHED_GGUF, publishedBytes } from './fixtures/ggufSizes';
import { bitsPerWeight, ggmlBytes, rowCompatible } from './ggml';
import { ggufSize, takesMoreBits } from './gguf';
import { measuredSpec } from './testSupport';

describe('ggml block sizes', () => {
  it('gives the bits per weight of each format', () => {
    expect(bitsPerWeight('Q4_K')).toBe(4.5);
    expect(bitsPerWeight('Q6_K')).toBe(6.5625);
    expect(bitsPerWeight('Q8_0')).toBe(8.5);
    expect(ggmlBytes('Q4_0', 64)).toBe(36);
  });

  it('falls back as llama-quantize does when a row is not whole super-blocks', () => {
    expect(rowCompatible('Q4_K', 4096)).toBe('Q4_K');
    expect(rowCompatible('Q4_K', 2880)).toBe('Q5_0');
    expect(rowCompatible('Q6_K', 2880)).toBe('Q8_0');
  });

  it('picks use_more_bits layers as llama.cpp does for 28 layers (14 of them)', () => {
    const picked = Array.from({ length: 28 }, (_, i) => i).filter((i) => takesMoreBits(i, 28));
    expect(picked).toEqual([0, 1, 2, 5, 8, 11, 14, 17, 20, 23, 24, 25, 26, 27]);
  });
});

describe('GGUF file size against published files', () => {
  const rows = PUBLISHED_GGUF.filter((row) => !row.miss).map((row) => {
    const estimate = ggufSize(measuredSpec(row.modelId, row.config), row.mix).fileBytes;
    return { ...row, estimate, error: estimate / publishedBytes(row) - 1 };
  });

  it.each(rows)('$modelId $mix: within 2% of $listed $unit', (row) => {
    expect(Math.abs(row.error)).toBeLessThan(0.02);
  });

  it('has its worst row under 2% (Q4_K_M within 0.5%)', () => {
    expect(Math.abs(rows[0]?.error ?? 1)).toBeLessThan(0.005);
    const worst = Math.max(...rows.map((row) => Math.abs(row.error)));
    expect(worst).toBeLessThan(0.02);
  });
});
