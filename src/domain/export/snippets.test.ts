import { describe, expect, it } from 'vitest';
import { recommend } from '../recommend';
import { OPTIM_NAMES } from './pythonCommon';
import { axolotlYaml, launchFiles, mlxLoraConfig, pythonSnippet } from './snippets';
import { HAS_PYTHON, pythonConstants, structuralError, syntaxError } from './testSupport';
import { trainingSetup } from './trainingSetup';

const CASES = {
  'chat, LoRA on an RTX 4090': {},
  'chat, QLoRA on a T4': {
    task: { purpose: 'chat' },
    hardware: { gpuId: 't4' },
    scale: { method: 'qlora' },
  },
  'chat on a 36 GB Mac': { task: { purpose: 'chat' }, hardware: { gpuId: 'apple-36gb' } },
  'text generation, full, 1–3B': {
    task: { purpose: 'text-generation' },
    scale: { method: 'full', sizeBand: '1-3b' },
  },
  'multi-class on a T4': {
    task: { purpose: 'multi-class-classification' },
    hardware: { gpuId: 't4' },
  },
  'multi-label, LoRA on a T4': {
    task: { purpose: 'multi-label-classification', labelCount: 12 },
    hardware: { gpuId: 't4' },
    scale: { method: 'lora' },
  },
  similarity: { task: { purpose: 'similarity' } },
  'similarity, LoRA': { task: { purpose: 'similarity' }, scale: { method: 'lora' } },
  'reranking, QLoRA': { task: { purpose: 'reranking' }, scale: { method: 'qlora' } },
  '4 × A100': { hardware: { gpuId: 'a100-80gb', gpuCount: 4 } },
  '4 × RTX 4090, sharded': {
    hardware: { gpuId: 'rtx-4090', gpuCount: 4, sharding: true },
    scale: { method: 'full' },
  },
} as const;

describe('pythonSnippet', () => {
  it.each(Object.entries(CASES))('%s: parses as Python and names the top model', (_n, input) => {
    const rec = recommend(input);
    const source = pythonSnippet(rec)!;
    expect(syntaxError(source)).toBeNull();
    expect(source).toContain(`parser.add_argument("--model", default="${rec.top!.id}"`);
    expect(source).toContain(`BATCH_SIZE = ${rec.top!.training.plan!.options.batchSize}\n`);
    expect(source.includes('BitsAndBytesConfig(')).toBe(rec.top!.training.plan!.method === 'qlora');
    expect(source).toContain('load_dataset("json", data_files=cli.data, split="train")');
    for (const flag of ['--model', '--data', '--output-dir', '--max-steps', '--cpu']) {
      expect(source).toMatch(new RegExp(`parser\\.add_argument\\(\\s*"${flag}"`));
    }
    expect(source).toContain('print("TUNEWISE_SETTINGS " + json.dumps(settings, sort_keys=True)');
  });

  it('the syntax check catches a broken script', () => {
    const broken = pythonSnippet(recommend({}))!.replace('    task_type="CAUSAL_LM",\n)', '');
    expect(syntaxError(broken)).not.toBeNull();
    expect(structuralError(broken)).not.toBeNull();
    if (HAS_PYTHON) expect(syntaxError(broken)).toMatch(/SyntaxError/);
    else console.info('python3 not found: Python snippets get the structural check only.');
  });

  it('writes every memory-relevant setting of the plan as a constant', () => {
    const rec = recommend({});
    const setup = trainingSetup(rec)!;
    const { plan } = setup;
    expect(pythonConstants(pythonSnippet(rec)!)).toMatchObject({
      METHOD: `"${plan.method}"`,
      PRECISION: `"${plan.precision}"`,
      OPTIM: `"${OPTIM_NAMES[plan.optimizer]}"`,
      BATCH_SIZE: String(plan.batchSize),
      GRADIENT_ACCUMULATION: String(setup.gradientAccumulation),
      MAX_LENGTH: String(plan.seqLen),
      GRADIENT_CHECKPOINTING: plan.gradientCheckpointing ? 'True' : 'False',
      LORA_R: String(plan.loraRank),
      LORA_ALPHA: String(2 * plan.loraRank),
      LOSS_TYPE: '"chunked_nll"',
      ACTIVATION_OFFLOADING: 'False',
      PACKING: 'False',
    });
  });

  it('LoRA chat: SFTTrainer with max_length, use_reentrant=False and the Qwen module names', () => {
    const source = pythonSnippet(recommend({}))!;
    expect(source).toContain('from trl import SFTConfig, SFTTrainer');
    expect(source).toContain('    max_length=MAX_LENGTH,');
    expect(source).toContain('    loss_type=LOSS_TYPE,');
    expect(source).toContain('    gradient_checkpointing_kwargs={"use_reentrant": False},');
    expect(source).toContain('    activation_offloading=ACTIVATION_OFFLOADING,');
    expect(source).toContain(
      'TARGET_MODULES = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj"',
    );
    expect(source).toContain('task_type="CAUSAL_LM"');
    expect(source).not.toContain('prepare_model_for_kbit_training');
  });

  it('loads in the plan precision: mixed LoRA keeps a half-precision base, full mixed loads fp32', () => {
    const lora = pythonConstants(pythonSnippet(recommend({}))!);
    expect(lora).toMatchObject({
      PRECISION: '"mixed"',
      LOAD_DTYPE: 'HALF_DTYPE',
      AUTOCAST: 'True',
    });
    const full = pythonConstants(pythonSnippet(recommend(CASES['text generation, full, 1–3B']))!);
    expect(full).toMatchObject({ LOAD_DTYPE: 'torch.float32', AUTOCAST: 'True' });
  });

  it('QLoRA on a T4: NF4 with the plan double quantisation, fp16, prepare_model_for_kbit_training', () => {
    const source = pythonSnippet(recommend(CASES['chat, QLoRA on a T4']))!;
    expect(pythonConstants(source)).toMatchObject({
      HALF_DTYPE: 'torch.float16',
      QUANT_BITS: '4',
      DOUBLE_QUANT: 'True',
      KBIT_UPCAST: 'True',
      ATTENTION: '"sdpa"',
    });
    expect(source).toContain('bnb_4bit_quant_type="nf4"');
    expect(source).toContain('model = prepare_model_for_kbit_training(');
    expect(source).toContain('cpu_changes[field] = "bitsandbytes 4-bit quantisation needs CUDA');
  });

  it('follows the rank the user chose', () => {
    const constants = pythonConstants(pythonSnippet(recommend({ scale: { loraRank: 64 } }))!);
    expect(constants).toMatchObject({ LORA_R: '64', LORA_ALPHA: '128' });
  });

  it('full fine-tuning: no PEFT at all', () => {
    const source = pythonSnippet(recommend(CASES['text generation, full, 1–3B']))!;
    expect(source).not.toMatch(/from peft|LoraConfig\(|get_peft_model/);
    expect(source).toContain('{"text": "..."}');
  });

  it('classifiers: a sequence-classification head with the right problem type', () => {
    const multiLabel = pythonSnippet(recommend(CASES['multi-label, LoRA on a T4']))!;
    expect(multiLabel).toContain(
      'AutoModelForSequenceClassification.from_pretrained(cli.model, **load)',
    );
    expect(multiLabel).toContain('PROBLEM_TYPE = "multi_label_classification"');
    expect(multiLabel).toContain('NUM_LABELS = 12');
    expect(multiLabel).toContain('task_type="SEQ_CLS"');
    const multiClass = pythonSnippet(recommend(CASES['multi-class on a T4']))!;
    expect(multiClass).toContain('PROBLEM_TYPE = "single_label_classification"');
    expect(multiClass).toContain('trainer = Trainer(');
  });

  it('similarity and reranking: sentence-transformers trainers and ranking losses', () => {
    const similarity = pythonSnippet(recommend(CASES.similarity))!;
    expect(similarity).toContain('SentenceTransformerTrainer(');
    expect(similarity).toContain('    loss = MultipleNegativesRankingLoss(model)');
    expect(similarity).toContain('batch_sampler=BatchSamplers.NO_DUPLICATES');
    expect(pythonSnippet(recommend(CASES['similarity, LoRA']))).toContain(
      'model.add_adapter(peft_config)',
    );
    const reranking = pythonSnippet(recommend(CASES['reranking, QLoRA']))!;
    expect(reranking).toContain('from sentence_transformers.cross_encoder import');
    expect(reranking).toContain('cli.model, num_labels=1, max_length=MAX_LENGTH');
    expect(reranking).toContain('CrossEncoderTrainer(');
  });

  it('never puts the project name into code', () => {
    const name = 'x")\nimport os; os.system("rm -rf /")  # "';
    const source = pythonSnippet(recommend({ task: { projectName: name } }))!;
    expect(source).not.toContain('os.system');
    expect(syntaxError(source)).toBeNull();
  });

  it('returns null when no model fits', () => {
    const none = recommend({ hardware: { gpuId: 'custom', customGpuGb: 1 } });
    expect(none.top).toBeNull();
    expect(pythonSnippet(none)).toBeNull();
    expect(launchFiles(none)).toEqual([]);
  });
});

describe('axolotlYaml and mlxLoraConfig', () => {
  it('Apple silicon gets the mlx-lm config, not the CUDA-only Axolotl file', () => {
    const rec = recommend(CASES['chat on a 36 GB Mac']);
    expect(axolotlYaml(rec)).toBeNull();
    expect(mlxLoraConfig(rec)).toContain('fine_tune_type: lora');
    expect(mlxLoraConfig(recommend({}))).toBeNull();
  });

  it('is null for encoder purposes and when nothing fits', () => {
    expect(axolotlYaml(recommend(CASES.similarity))).toBeNull();
    expect(axolotlYaml(recommend(CASES['multi-class on a T4']))).toBeNull();
    expect(axolotlYaml(recommend({ hardware: { gpuId: 'custom', customGpuGb: 1 } }))).toBeNull();
  });
});
