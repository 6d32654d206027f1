import { describe, expect, it } from 'vitest';
import { countParameters } from './parameters';
import { modelSpecFromConfig, ModelConfigError } from './config';
import { LIMITS } from './configFields';
import { referenceConfig } from './fixtures/referenceConfigs';

function messageOf(config: unknown): string {
  try {
    modelSpecFromConfig(config);
  } catch (error) {
    if (error instanceof ModelConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ModelConfigError');
}

const LLAMA_3_8B = referenceConfig('Llama-3.1-8B');

describe('model_type named after an Object.prototype property', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'reads %s as an unknown Llama-style decoder with an exact count, never NaN',
    (modelType) => {
      const spec = modelSpecFromConfig(
        JSON.stringify({ ...LLAMA_3_8B, model_type: modelType }).replace(
          '"model_type"',
          '"model_type"',
        ),
      );
      expect(spec.assumptions[0]).toContain(`model_type "${modelType}" is not one Tunewise knows`);
      expect(countParameters(spec).total).toBe(
        countParameters(modelSpecFromConfig(LLAMA_3_8B)).total,
      );
    },
  );
});

describe('dimensions that multiply into an absurd model', () => {
  it('rejects a config at every field’s limit, naming the fields that make it absurd', () => {
    const message = messageOf({
      model_type: 'llama',
      hidden_size: LIMITS.hiddenSize.max,
      num_hidden_layers: LIMITS.layers.max,
      num_attention_heads: LIMITS.heads.max,
      intermediate_size: LIMITS.intermediate.max,
      vocab_size: LIMITS.vocab.max,
    });
    expect(message).toMatch(
      /num_hidden_layers \(1,024\) × hidden_size \(131,072\) × intermediate_size \(1,048,576\) give \d\.\d × 10\^14 parameters, more than the 1 × 10\^14 Tunewise accepts/,
    );
  });

  it('names the experts when a mixture of experts is what makes it absurd', () => {
    const message = messageOf({
      ...LLAMA_3_8B,
      num_hidden_layers: 1024,
      num_local_experts: 4096,
      num_experts_per_tok: 8,
      moe_intermediate_size: 65_536,
    });
    expect(message).toMatch(
      /num_experts \(4,096\) × moe_intermediate_size \(65,536\) give \d\.\d × 10\^15 parameters/,
    );
  });

  it('accepts the largest real models', () => {
    expect(() => modelSpecFromConfig(referenceConfig('Llama-3.1-8B'))).not.toThrow();
  });
});

describe('config text', () => {
  it('says that a JSON string is valid JSON but not an object', () => {
    expect(messageOf('"config"')).toContain('the text is valid JSON, but a string, not an object');
    expect(messageOf('[1, 2]')).toContain('valid JSON, but a list');
    expect(messageOf('{"model_type": ')).toContain('the text is not valid JSON');
  });

  it('reports 1e309 layers as out of range, not missing', () => {
    const text = JSON.stringify(LLAMA_3_8B).replace(
      /"num_hidden_layers":\s*\d+/,
      '"num_hidden_layers": 1e309',
    );
    const message = messageOf(text);
    expect(message).toContain(
      'num_hidden_layers must be between 1 and 1,024, got a number too large to read',
    );
    expect(message).not.toContain('missing');
  });

  it('reads Python’s NaN and Infinity words outside strings, as Nemotron-H configs carry them', () => {
    const text = JSON.stringify({ ...LLAMA_3_8B, name: 'Infinity NaN "x"' }).replace(
      /}$/,
      ', "time_step_limit": [0.0, Infinity], "time_step_floor": -Infinity, "initializer_range": NaN}',
    );
    const spec = modelSpecFromConfig(text);
    expect(spec.hiddenSize).toBe(4096);
  });

  it('asks for a finite number where a dimension is Infinity', () => {
    const text = JSON.stringify(LLAMA_3_8B).replace(
      /"hidden_size":\s*\d+/,
      '"hidden_size": Infinity',
    );
    expect(messageOf(text)).toContain('hidden_size must be between 1 and 131,072');
    expect(messageOf(text.replace('Infinity', 'NaN'))).toContain(
      'hidden_size must be a whole number, got NaN',
    );
  });
});
