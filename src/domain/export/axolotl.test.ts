import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { recommend } from '../recommend';
import keys from './axolotlKeys.json';
import { unknownAxolotlKeys as unknownKeys } from './axolotlSchema';
import { axolotlYaml, pythonSnippet } from './snippets';
import { trainingSetup } from './trainingSetup';

type Config = Record<string, unknown>;

const CASES = {
  'chat LoRA': {},
  'chat QLoRA on a T4': { hardware: { gpuId: 't4' }, scale: { method: 'qlora' } },
  'text generation, full': { task: { purpose: 'text-generation' }, scale: { method: 'full' } },
  'code completion': { task: { purpose: 'text-generation', domain: 'code' } },
  // Qwen3-8B's trained window is 32k: 48k needs YaRN.
  'long context': {
    hardware: { gpuId: 'b200' },
    scale: { trainingSeqLen: 49152, method: 'qlora', pinnedModel: 'Qwen/Qwen3-8B' },
  },
  'Liger, packing, offload': {
    scale: { lossKernel: 'liger', packing: true, gradientCheckpointing: 'offload' },
  },
  'Cut Cross-Entropy': { scale: { lossKernel: 'cce' } },
  '4 × RTX 4090 FSDP2': {
    hardware: { gpuId: 'rtx-4090', gpuCount: 4, sharding: true },
    scale: { method: 'full' },
  },
  '8 × A100 ZeRO-3': {
    hardware: { gpuId: 'a100-80gb', gpuCount: 8 },
    scale: { launcher: 'zero3' },
  },
} as const;

describe('axolotlYaml', () => {
  it(`records the schema it checks against (${keys.source}, Axolotl ${keys.version})`, () => {
    expect(keys.source).toMatch(/^github:axolotl-ai-cloud\/axolotl .+ @[0-9a-f]{40}$/);
    expect(keys.topLevel).toContain('base_model');
    expect(keys.topLevel).not.toContain('no_such_key');
  });

  it.each(Object.entries(CASES))(
    '%s: every key is in Axolotl’s config schema',
    (_name, answers) => {
      const config = parse(axolotlYaml(recommend(answers))!) as Config;
      expect(unknownKeys(config)).toEqual([]);
      expect(unknownKeys({ ...config, flash_attn_fuse_everything: true })).toEqual([
        'flash_attn_fuse_everything',
      ]);
    },
  );

  it.each(Object.entries(CASES))('%s: the plan, as the Python export has it', (_name, answers) => {
    const rec = recommend(answers);
    const setup = trainingSetup(rec)!;
    const { plan } = setup;
    const config = parse(axolotlYaml(rec)!) as Config;
    const optim = /^OPTIM = "(.+)"$/m.exec(pythonSnippet(rec)!)![1];
    expect(config).toMatchObject({
      base_model: setup.modelId,
      sequence_len: plan.seqLen,
      micro_batch_size: plan.batchSize,
      gradient_accumulation_steps: setup.gradientAccumulation,
      optimizer: optim,
      sample_packing: plan.packing,
      activation_offloading: plan.activationOffload,
    });
    const fsdp = plan.launcher === 'fsdp2';
    expect(config.gradient_checkpointing).toBe(plan.gradientCheckpointing && !fsdp);
    if (fsdp) {
      expect(config).toMatchObject({ fsdp_version: 2 });
      expect(config.fsdp_config).toMatchObject({
        activation_checkpointing: plan.gradientCheckpointing,
      });
    }
    if (plan.launcher === 'zero2' || plan.launcher === 'zero3') {
      expect(config.deepspeed).toBe('ds_config.json');
    }
    if (setup.method !== 'full') {
      expect(config).toMatchObject({
        adapter: setup.method,
        lora_r: plan.loraRank,
        lora_alpha: 2 * plan.loraRank,
      });
    }
  });

  it('trains the same tokens as the Python script: assistant turns for chat, the middle for FIM', () => {
    const chat = parse(axolotlYaml(recommend({}))!) as Config;
    expect((chat.datasets as Config[])[0]).toMatchObject({
      type: 'chat_template',
      roles_to_train: ['assistant'],
      train_on_eos: 'turn',
    });
    expect(pythonSnippet(recommend({}))).toContain(
      'assistant_only_loss=ASSISTANT_MASKING == "generation-markers"',
    );
    const text = parse(axolotlYaml(recommend(CASES['text generation, full']))!) as Config;
    expect((text.datasets as Config[])[0]).toMatchObject({ type: 'completion', field: 'text' });
    expect(pythonSnippet(recommend(CASES['text generation, full']))).toContain(
      'completion_only_loss=False',
    );
  });

  it('loss kernels: Liger and Cut Cross-Entropy as plugins, chunked loss flagged as chunked-output', () => {
    const liger = parse(axolotlYaml(recommend(CASES['Liger, packing, offload']))!) as Config;
    expect(liger).toMatchObject({
      plugins: ['axolotl.integrations.liger.LigerPlugin'],
      liger_fused_linear_cross_entropy: true,
      sample_packing: true,
    });
    const cce = parse(axolotlYaml(recommend(CASES['Cut Cross-Entropy']))!) as Config;
    expect(cce).toMatchObject({ cut_cross_entropy: true });
    const chunked = axolotlYaml(recommend({}))!;
    expect(chunked).toContain('chunked_cross_entropy: true');
    expect(chunked).toMatch(/needs more memory than estimated/);
  });

  it('YaRN beyond the trained window: rope_parameters with the factor the length needs', () => {
    const rec = recommend(CASES['long context']);
    const config = parse(axolotlYaml(rec)!) as Config;
    expect(rec.top!.training.plan!.options.seqLen).toBe(49152);
    expect(config.overrides_of_model_config).toEqual({
      rope_parameters: {
        rope_type: 'yarn',
        factor: 2,
        original_max_position_embeddings: 32768,
        rope_theta: 1000000,
      },
    });
    expect(pythonSnippet(rec)).toContain(
      'ROPE = {"rope_type": "yarn", "factor": 2, "original_max_position_embeddings": 32768}',
    );
  });
});
