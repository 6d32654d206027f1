import { describe, expect, it } from 'vitest';
import { recommend } from '../recommend';
import { launchFiles, pythonSnippet } from './snippets';
import { pythonConstants } from './testSupport';
import { trainingSetup } from './trainingSetup';

/** The export failures issue 11 lists, one test each: the text that fixes it is in the export. */
describe('exports that run', () => {
  it('multi-label: the labels column is cast to float32 for BCE-with-logits', () => {
    const source = pythonSnippet(
      recommend({ task: { purpose: 'multi-label-classification', labelCount: 6 } }),
    )!;
    expect(source).toContain('dataset = dataset.cast_column("labels", List(Value("float32")))');
    expect(source).toContain('from datasets import List, Value');
  });

  it('DeBERTa-v3: sentencepiece and protobuf in the install line', () => {
    // DeBERTa-v3 is on the classification shortlist (ModernBERT, newer, may lead it): export its plan.
    const shortlisted = recommend({ task: { purpose: 'multi-class-classification' } });
    const deberta = shortlisted.shortlist.find((c) => c.id === 'microsoft/deberta-v3-base');
    expect(deberta?.training.plan).toBeTruthy();
    const rec = { ...shortlisted, top: deberta! };
    expect(pythonSnippet(rec)).toMatch(
      /^# pip install .*"sentencepiece>=[\d.]+" "protobuf>=[\d.]+"/m,
    );
    const bert = recommend({ task: { purpose: 'similarity' } });
    expect(pythonSnippet(bert)).not.toContain('sentencepiece');
  });

  it('multi-GPU: the script says accelerate launch with the exported config', () => {
    const rec = recommend({ hardware: { gpuId: 'a100-80gb', gpuCount: 4 } });
    const source = pythonSnippet(rec)!;
    expect(source).toContain(
      '# Run: accelerate launch --config_file accelerate_config.yaml train.py',
    );
    expect(launchFiles(rec).map((file) => file.fileName)).toEqual(['accelerate_config.yaml']);
    expect(pythonSnippet(recommend({}))).toContain('# Run: python train.py');
  });

  it('FSDP-QLoRA stores the 4-bit weights in the compute dtype', () => {
    const rec = recommend({
      hardware: { gpuId: 'rtx-4090', gpuCount: 4, sharding: true },
      scale: { method: 'qlora' },
    });
    expect(rec.top!.training.plan!.options.launcher).toBe('fsdp2');
    expect(pythonConstants(pythonSnippet(rec)!).QUANT_STORAGE).toBe('HALF_DTYPE');
    expect(pythonSnippet(rec)).toContain('bnb_4bit_quant_storage=QUANT_STORAGE,');
    expect(pythonSnippet(rec)).not.toContain('load["device_map"]');
    const single = pythonSnippet(recommend({ scale: { method: 'qlora' } }))!;
    expect(pythonConstants(single).QUANT_STORAGE).toBe('torch.uint8');
    // Each DDP process quantises its own copy onto its own GPU.
    expect(single).toContain('load["device_map"] = {"": int(os.environ.get("LOCAL_RANK", 0))}');
  });

  it('reranker LoRA: add_adapter, which needs sentence-transformers 5.4 or later', () => {
    const source = pythonSnippet(
      recommend({ task: { purpose: 'reranking' }, scale: { method: 'lora' } }),
    )!;
    expect(source).toContain('model.add_adapter(peft_config)');
    expect(source).toMatch(/"sentence-transformers==(5\.([4-9]|\d\d)|[6-9])\.[\d.]+"/);
  });

  it('flash-attn installs with --no-build-isolation, on its own line', () => {
    const source = pythonSnippet(recommend({}))!;
    expect(pythonConstants(source).ATTENTION).toBe('"flash_attention_2"');
    expect(source).toMatch(/^# pip install "flash-attn>=[\d.]+" --no-build-isolation$/m);
    const t4 = pythonSnippet(recommend({ hardware: { gpuId: 't4' } }))!;
    expect(t4).not.toContain('pip install "flash-attn');
  });

  it('LoRA classifiers and rerankers train the fresh head (and pooler) in full: modules_to_save', () => {
    for (const purpose of ['multi-class-classification', 'reranking'] as const) {
      const source = pythonSnippet(recommend({ task: { purpose }, scale: { method: 'lora' } }))!;
      expect(source).toContain('HEAD_MODULES = head_modules(');
      expect(source).toContain('    modules_to_save=list(HEAD_MODULES),');
    }
  });

  it('contrastive plans: GradCache when the plan encodes in mini-batches, never accumulation', () => {
    const rec = recommend({
      task: { purpose: 'similarity' },
      hardware: { gpuId: 'rtx-4060-ti-16gb' },
      scale: { batchSize: 96 },
    });
    const setup = trainingSetup(rec)!;
    expect(setup.gradientAccumulation).toBe(1);
    const source = pythonSnippet(rec)!;
    expect(pythonConstants(source)).toMatchObject({
      BATCH_SIZE: String(setup.plan.batchSize),
      GRADIENT_ACCUMULATION: '1',
      GRADCACHE_MINI_BATCH: String(setup.plan.gradCacheMiniBatch),
    });
    expect(source).toContain(
      'CachedMultipleNegativesRankingLoss(model, mini_batch_size=GRADCACHE_MINI_BATCH)',
    );
    expect(source).not.toMatch(/accumulat\w+ adds negatives/);
  });

  it('rerankers score as many pairs per query as the plan counted (num_negatives)', () => {
    const rec = recommend({ task: { purpose: 'reranking' } });
    const texts = trainingSetup(rec)!.plan.textsPerExample;
    expect(texts).toBeGreaterThan(1);
    const source = pythonSnippet(rec)!;
    expect(pythonConstants(source).NUM_NEGATIVES).toBe(String(texts - 1));
    expect(source).toContain('MultipleNegativesRankingLoss(model, num_negatives=NUM_NEGATIVES)');
  });

  it('a family reported to overflow fp16, on an fp16-only GPU: the header cites the report', () => {
    const rec = recommend({ hardware: { gpuId: 't4' } });
    // The shortlist ranks an unaffected family first on a T4; a user may still export a Qwen or a
    // Gemma card.
    expect(rec.top!.id).not.toMatch(/^(Qwen|google\/gemma-[34])/);
    expect(pythonSnippet(rec)).not.toContain('overflow');
    const qwen = rec.models.find((c) => /^Qwen\//.test(c.id) && c.training.plan);
    expect(qwen).toBeDefined();
    const source = pythonSnippet({ ...rec, top: qwen! })!;
    expect(source).toMatch(
      /^# .*Qwen’s maintainers report fp16 overflows to NaN \(https:\/\/github\.com\/QwenLM\/Qwen3\/issues\/868/m,
    );
    expect(source).toContain('train in fp32');
    const gemma4 = rec.models.find((c) => /^google\/gemma-4/.test(c.id) && c.training.plan);
    expect(gemma4).toBeDefined();
    expect(pythonSnippet({ ...rec, top: gemma4! })).toMatch(
      /^# .*Gemma 4 is reported to overflow in fp16 .*https:\/\/github\.com\/unslothai\/unsloth\/pull\/5092/m,
    );
    expect(pythonSnippet(recommend({}))).not.toContain('overflow');
  });

  it('code completion on a FIM model: fill-in-the-middle data with the model’s own tokens', () => {
    const rec = recommend({ task: { purpose: 'text-generation', domain: 'code' } });
    // Code completion starts from a code-trained base model whose catalog entry documents FIM.
    expect(rec.top?.fim).toBe(true);
    const source = pythonSnippet(rec)!;
    expect(source).toContain(
      'FIM_PREFIX, FIM_SUFFIX, FIM_MIDDLE = "<|fim_prefix|>", "<|fim_suffix|>", "<|fim_middle|>"',
    );
    expect(source).toContain('completion_only_loss=True,');
    const plain = rec.shortlist.find((c) => !c.fim);
    expect(plain).toBeDefined();
    expect(pythonSnippet({ ...rec, top: plain! })).not.toContain('FIM_PREFIX');
  });
});
