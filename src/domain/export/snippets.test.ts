import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { recommend } from '../recommend';
import { axolotlYaml, pythonSnippet } from './snippets';

/*
 * The app's tsconfig has no Node types, so `node:` imports do not type-check here; Node's
 * `process.getBuiltinModule` (Node ≥ 20.16) reaches child_process without them.
 */
interface SpawnResult {
  status: number | null;
  stderr: string;
  error?: Error;
}
interface ChildProcess {
  spawnSync(
    command: string,
    args: string[],
    options: { input?: string; encoding: 'utf8' },
  ): SpawnResult;
}
const nodeProcess = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
  .process;
const childProcess = nodeProcess?.getBuiltinModule?.('node:child_process') as
  ChildProcess | undefined;
const HAS_PYTHON =
  childProcess !== undefined &&
  !childProcess.spawnSync('python3', ['--version'], { encoding: 'utf8' }).error;

/** Bracket and quote balance, ignoring comments: the check used when python3 is missing. */
function structuralError(source: string): string | null {
  const closing: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  const stack: string[] = [];
  for (const [n, line] of source.split('\n').entries()) {
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (c === '#') break;
      if (c === '"' || c === "'") {
        let end = i + 1;
        while (end < line.length && (line[end] !== c || line[end - 1] === '\\')) end++;
        if (end >= line.length) return `line ${n + 1}: unclosed string`;
        i = end;
      } else if ('([{'.includes(c)) stack.push(c);
      else if (c in closing && stack.pop() !== closing[c]) return `line ${n + 1}: unbalanced ${c}`;
    }
  }
  return stack.length > 0 ? `unclosed ${stack.join('')}` : null;
}

/** Python's own parser (ast.parse on the script, fed through stdin), else the structural check. */
function syntaxError(source: string): string | null {
  if (!HAS_PYTHON || !childProcess) return structuralError(source);
  const check = 'import ast, sys; ast.parse(sys.stdin.read(), "train.py")';
  const run = childProcess.spawnSync('python3', ['-c', check], { input: source, encoding: 'utf8' });
  return run.status === 0 ? null : run.stderr || 'python3 failed';
}

const CASES = {
  'chat, LoRA on an RTX 4090': {},
  'chat, QLoRA on a T4': { task: { purpose: 'chat' }, hardware: { gpuId: 't4' } },
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
} as const;

describe('pythonSnippet', () => {
  it.each(Object.entries(CASES))('%s: parses as Python and names the top model', (_n, input) => {
    const rec = recommend(input);
    const source = pythonSnippet(rec)!;
    expect(syntaxError(source)).toBeNull();
    expect(source).toContain(`model_id = "${rec.top!.id}"`);
    expect(source).toContain(
      `per_device_train_batch_size=${rec.top!.training.plan!.options.batchSize},`,
    );
    expect(source.includes('BitsAndBytesConfig(')).toBe(rec.top!.training.plan!.method === 'qlora');
    expect(source).toContain('load_dataset("json", data_files="train.jsonl")["train"]');
  });

  it('the syntax check catches a broken script', () => {
    const broken = pythonSnippet(recommend({}))!.replace('    task_type="CAUSAL_LM",\n)', '');
    expect(syntaxError(broken)).not.toBeNull();
    expect(structuralError(broken)).not.toBeNull();
    if (HAS_PYTHON) expect(syntaxError(broken)).toMatch(/SyntaxError/);
    else console.info('python3 not found: Python snippets get the structural check only.');
  });

  it('LoRA chat: SFTTrainer with max_length, rank, alpha 2r and the Qwen module names', () => {
    const rec = recommend({});
    const source = pythonSnippet(rec)!;
    const plan = rec.top!.training.plan!;
    expect(plan.method).toBe('lora');
    expect(source).toContain('from trl import SFTConfig, SFTTrainer');
    expect(source).toContain(`    max_length=${plan.options.seqLen},`);
    expect(source).not.toContain('max_seq_length');
    expect(source).toContain('    r=16,\n    lora_alpha=32,');
    expect(source).toContain('target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj"');
    expect(source).toContain('task_type="CAUSAL_LM"');
    // TRL's chunked loss leaves room for 2 sequences of 2048 tokens: 2 × 4 steps make the batch of 8.
    expect(plan.options.batchSize).toBe(2);
    expect(source).toContain('    gradient_accumulation_steps=4,');
    expect(source).toContain('    bf16=True,\n    fp16=False,');
    expect(source).not.toContain('prepare_model_for_kbit_training');
  });

  it('QLoRA on a T4: NF4 with double quantisation, fp16 instead of bf16', () => {
    const source = pythonSnippet(recommend(CASES['chat, QLoRA on a T4']))!;
    expect(source).toContain('bnb_4bit_quant_type="nf4"');
    expect(source).toContain('bnb_4bit_use_double_quant=True');
    expect(source).toContain('bnb_4bit_compute_dtype=torch.float16');
    expect(source).toContain('prepare_model_for_kbit_training(model');
    expect(source).toContain('    bf16=False,\n    fp16=True,');
    expect(source).toContain('attn_implementation="sdpa"');
  });

  it('follows the rank the user chose', () => {
    const source = pythonSnippet(recommend({ scale: { loraRank: 64 } }))!;
    expect(source).toContain('    r=64,\n    lora_alpha=128,');
  });

  it('full fine-tuning: no PEFT at all', () => {
    const source = pythonSnippet(recommend(CASES['text generation, full, 1–3B']))!;
    expect(source).not.toMatch(/peft|LoraConfig|peft_config/);
    expect(source).toContain('# One example per line: {"text": "..."}');
  });

  it('classifiers: a sequence-classification head with the right problem type', () => {
    const multiLabel = pythonSnippet(recommend(CASES['multi-label, LoRA on a T4']))!;
    expect(multiLabel).toContain('AutoModelForSequenceClassification.from_pretrained(');
    expect(multiLabel).toContain('problem_type="multi_label_classification"');
    expect(multiLabel).toContain('num_labels = 12');
    expect(multiLabel).toContain('task_type="SEQ_CLS"');
    expect(multiLabel).toContain('    fp16=True,');
    const multiClass = pythonSnippet(recommend(CASES['multi-class on a T4']))!;
    expect(multiClass).toContain('problem_type="single_label_classification"');
    expect(multiClass).toContain('trainer = Trainer(');
  });

  it('similarity and reranking: sentence-transformers trainers and ranking losses', () => {
    const similarity = pythonSnippet(recommend(CASES.similarity))!;
    expect(similarity).toContain('SentenceTransformerTrainer(');
    expect(similarity).toContain('loss = MultipleNegativesRankingLoss(model)');
    expect(similarity).toContain('batch_sampler=BatchSamplers.NO_DUPLICATES');
    expect(pythonSnippet(recommend(CASES['similarity, LoRA']))).toContain(
      'model.add_adapter(peft_config)',
    );
    const reranking = pythonSnippet(recommend(CASES['reranking, QLoRA']))!;
    expect(reranking).toContain('from sentence_transformers.cross_encoder import (');
    expect(reranking).toMatch(/CrossEncoder\(model_id, num_labels=1, max_length=\d+/);
    expect(reranking).toContain('CrossEncoderTrainer(');
  });

  it('never puts the project name into code', () => {
    const name = 'x")\nimport os; os.system("rm -rf /")  # "';
    const source = pythonSnippet(recommend({ task: { projectName: name } }))!;
    expect(source).not.toContain('import os');
    expect(syntaxError(source)).toBeNull();
  });

  it('returns null when no model fits', () => {
    const none = recommend({ hardware: { gpuId: 'custom', customGpuGb: 1 } });
    expect(none.top).toBeNull();
    expect(pythonSnippet(none)).toBeNull();
  });
});

describe('axolotlYaml', () => {
  it('LoRA: base model, adapter, rank, sequence length and micro batch from the plan', () => {
    const rec = recommend({ scale: { loraRank: 32, trainingSeqLen: 1024 } });
    const plan = rec.top!.training.plan!;
    expect(plan.options.seqLen).toBe(1024);
    const config = parse(axolotlYaml(rec)!);
    expect(config).toMatchObject({
      base_model: rec.top!.id,
      adapter: 'lora',
      load_in_4bit: false,
      lora_r: rec.answers.scale.loraRank,
      lora_alpha: 64,
      sequence_len: plan.options.seqLen,
      micro_batch_size: plan.options.batchSize,
      gradient_checkpointing: plan.options.gradientCheckpointing,
      bf16: true,
      fp16: false,
      learning_rate: 0.0002,
    });
    expect(config.lora_target_modules).toContain('q_proj');
    expect(config.datasets[0]).toMatchObject({ path: 'train.jsonl', type: 'chat_template' });
  });

  it('QLoRA on a T4: load_in_4bit, fp16, SDPA', () => {
    const rec = recommend(CASES['chat, QLoRA on a T4']);
    expect(rec.top!.training.plan!.method).toBe('qlora');
    expect(parse(axolotlYaml(rec)!)).toMatchObject({
      adapter: 'qlora',
      load_in_4bit: true,
      bf16: false,
      fp16: true,
      attn_implementation: 'sdpa',
    });
    const roomy = recommend({ scale: { method: 'qlora' } });
    const batch = roomy.top!.training.plan!.options.batchSize;
    expect(batch).toBeGreaterThan(1);
    expect(parse(axolotlYaml(roomy)!)).toMatchObject({
      adapter: 'qlora',
      micro_batch_size: batch,
      gradient_accumulation_steps: Math.ceil(8 / batch),
      attn_implementation: 'flash_attention_2',
    });
  });

  it('full fine-tuning: no adapter, raw-text dataset, a numeric learning rate', () => {
    const config = parse(axolotlYaml(recommend(CASES['text generation, full, 1–3B']))!);
    expect(config.adapter).toBeUndefined();
    expect(config.lora_r).toBeUndefined();
    expect(config.learning_rate).toBe(0.00002);
    expect(config.datasets[0].type).toBe('completion');
  });

  it('is null for encoder purposes and when nothing fits', () => {
    expect(axolotlYaml(recommend(CASES.similarity))).toBeNull();
    expect(axolotlYaml(recommend(CASES['multi-class on a T4']))).toBeNull();
    expect(axolotlYaml(recommend({ hardware: { gpuId: 'custom', customGpuGb: 1 } }))).toBeNull();
  });
});
