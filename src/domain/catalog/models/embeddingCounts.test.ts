import { describe, expect, it } from 'vitest';
import { countParameters } from '../../memory';
import { licenses } from '../licenses';
import { findModel, specOfModel } from './index';

const model = (id: string) => {
  const found = findModel(id);
  if (!found) throw new Error(`no catalog model ${id}`);
  return found;
};
const counted = (id: string) => countParameters(specOfModel(model(id)));

describe('embedding models counted as sentence-transformers loads them', () => {
  it('counts jina-embeddings-v3 with its five task adapters: within 0.5% of the published 572M', () => {
    const jina = counted('jinaai/jina-embeddings-v3');
    expect(jina.total).toBe(572_310_396);
    expect(Math.abs(jina.total - 572e6) / 572e6).toBeLessThan(0.005);
    // Rotary positions: only the 250,002 word rows and one token-type row are embeddings.
    expect(jina.embedding).toBe((250_002 + 1) * 1024 + 2 * 1024);
    expect(specOfModel(model('jinaai/jina-embeddings-v3')).learnedPositions).toBe(0);
  });

  it('licenses jina-embeddings-v3 for non-commercial use only, and says so', () => {
    const jina = model('jinaai/jina-embeddings-v3');
    expect(jina.license.id).toBe('cc-by-nc-4.0');
    expect(licenses.find((l) => l.id === jina.license.id)?.commercialUse).toBe(false);
    expect(jina.notes.join(' ')).toMatch(/Non-commercial/);
  });

  it('counts Qwen3-Embedding-8B without an output head: 7,567,295,488 (the published 7.57B)', () => {
    const qwen = counted('Qwen/Qwen3-Embedding-8B');
    expect(qwen.total).toBe(7_567_295_488);
    expect(qwen.lmHead).toBe(0);
    // The tied 0.6B and 4B keep their counts.
    expect(counted('Qwen/Qwen3-Embedding-4B').total).toBe(4_021_774_336);
  });

  it("counts EmbeddingGemma's Dense modules: 307,581,696 (the published 308M)", () => {
    const gemma = counted('google/embeddinggemma-300m');
    expect(gemma.total).toBe(307_581_696);
    expect(Math.round(gemma.total / 1e6)).toBe(308);
  });

  it('keeps the output head of decoders that are not embedding models', () => {
    expect(counted('Qwen/Qwen3.5-35B-A3B').lmHead).toBe(248_320 * 2048);
  });
});
