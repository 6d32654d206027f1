import { describe, expect, it } from 'vitest';
import { modelSpecFromConfig, ModelConfigError } from './config';
import { countParameters } from './parameters';
import { readPastedConfig } from './paste';

const LLAMA_7B = {
  model_type: 'llama',
  hidden_size: 4096,
  num_hidden_layers: 32,
  num_attention_heads: 32,
  intermediate_size: 11008,
  vocab_size: 32000,
};

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ModelConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ModelConfigError');
}

describe('config reader robustness', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'reads model_type "%s" as an unknown Llama-style decoder, never NaN',
    (modelType) => {
      const text = JSON.stringify({ ...LLAMA_7B, model_type: modelType });
      for (const config of [text, JSON.parse(text) as unknown]) {
        const spec = modelSpecFromConfig(config);
        expect(countParameters(spec).total).toBe(
          countParameters(modelSpecFromConfig(LLAMA_7B)).total,
        );
        expect(spec.assumptions.join(' ')).toMatch(/not one Tunewise knows/);
      }
    },
  );

  it('bounds the total: every field at its limit names the largest contributor', () => {
    const message = messageOf(() =>
      modelSpecFromConfig({
        model_type: 'llama',
        hidden_size: 131_072,
        num_hidden_layers: 1_024,
        num_attention_heads: 1_024,
        head_dim: 128,
        intermediate_size: 1_048_576,
        vocab_size: 10_000_000,
      }),
    );
    expect(message).toMatch(/e\+1[4-9] parameters, more than .*100 trillion/);
    expect(message).toMatch(
      /num_hidden_layers \(1,024\) × hidden_size \(131,072\) × intermediate_size/,
    );
  });

  it('bounds the KV cache of one token', () => {
    const message = messageOf(() =>
      modelSpecFromConfig({
        ...LLAMA_7B,
        hidden_size: 1024,
        num_hidden_layers: 1024,
        num_attention_heads: 1024,
        head_dim: 4096,
        intermediate_size: 1024,
      }),
    );
    expect(message).toMatch(/MiB per token/);
  });

  it('says a JSON string is valid JSON but not an object', () => {
    const message = messageOf(() => modelSpecFromConfig('"config"'));
    expect(message).toMatch(/valid JSON but a string, not an object/);
    expect(message).not.toMatch(/not valid JSON/);
    expect(messageOf(() => modelSpecFromConfig('[1, 2]'))).toMatch(/valid JSON but a list/);
  });

  it('reports 1e309 as out of range (too large), also through the paste path', () => {
    const text = JSON.stringify(LLAMA_7B).replace(
      '"num_hidden_layers":32',
      '"num_hidden_layers":1e309',
    );
    for (const run of [() => modelSpecFromConfig(text), () => readPastedConfig(text)]) {
      const message = messageOf(run);
      expect(message).toMatch(/num_hidden_layers is out of range \(too large\)/);
      expect(message).not.toMatch(/missing/);
    }
  });

  it('tells a number written as text from a missing one', () => {
    expect(messageOf(() => modelSpecFromConfig({ ...LLAMA_7B, hidden_size: '4096' }))).toMatch(
      /hidden_size must be a number, not text/,
    );
  });

  it('accepts bare Infinity where a field may be infinite, and names a field that may not', () => {
    const mamba = JSON.stringify({ ...LLAMA_7B, time_step_limit: [0, 1] }).replace(
      '[0,1]',
      '[0.0, Infinity]',
    );
    expect(readPastedConfig(mamba).hidden_size).toBe(4096);
    const bad = JSON.stringify(LLAMA_7B).replace('"vocab_size":32000', '"vocab_size": NaN');
    expect(messageOf(() => readPastedConfig(bad))).toMatch(
      /vocab_size must be a whole number, got NaN/,
    );
    const infinite = JSON.stringify(LLAMA_7B).replace(
      '"hidden_size":4096',
      '"hidden_size": -Infinity',
    );
    expect(messageOf(() => modelSpecFromConfig(infinite))).toMatch(
      /hidden_size is out of range \(too small\)/,
    );
  });

  it('keeps the message of text that is not JSON', () => {
    expect(messageOf(() => readPastedConfig('{"model_type": "llama",'))).toMatch(
      /the text is not valid JSON/,
    );
  });
});
