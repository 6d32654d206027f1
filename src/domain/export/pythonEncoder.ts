import { headerLines, launchCommand } from './headers';
import {
  HEAD_HELPERS,
  REPORT_HELPERS,
  cliLines,
  commonArgLines,
  kbitLines,
  loraLines,
  py,
  quantLoadLines,
  quantSettingsLines,
} from './pythonCommon';
import { installLines } from './pythonInstall';
import { cpuLines, planLines } from './pythonPlan';
import { quoted, type TrainingSetup } from './trainingSetup';

/** Header, install line, data format and imports shared by the encoder scripts. */
function opening(setup: TrainingSetup, dataDoc: string[], imports: string[]): string[] {
  return [
    ...headerLines(setup),
    ...installLines(setup),
    `# Run: ${launchCommand(setup)}`,
    '# Smoke test: python train.py --model <tiny local model> --data sample.jsonl --max-steps 2 --cpu',
    '"""',
    ...dataDoc,
    '"""',
    'import argparse',
    'import json',
    'import math',
    'import os',
    '',
    'import torch',
    'from datasets import load_dataset',
    ...(setup.method === 'full' ? [] : ['from peft import LoraConfig']),
    ...(setup.method === 'qlora' ? ['from peft import prepare_model_for_kbit_training'] : []),
    ...imports,
    '',
    ...planLines(setup),
    ...(setup.method === 'full' ? ['TARGET_MODULES = None'] : []),
    `TRUST_REMOTE_CODE = ${py(setup.trustRemoteCode)}`,
  ];
}

/** The run's tail: CLI, CPU changes, the helpers. */
function runtime(setup: TrainingSetup, description: string): string[] {
  return [
    '',
    ...cliLines(setup, description),
    ...cpuLines(setup),
    '',
    ...REPORT_HELPERS,
    '',
    '',
    ...HEAD_HELPERS,
    '',
    '',
  ];
}

const SETTINGS_HEAD = [
  'args = trainer.args',
  'trained = trainer.model',
  'quantized = bool(getattr(hf_model, "is_loaded_in_4bit", False) or getattr(hf_model, "is_loaded_in_8bit", False))',
  'lora = lora_settings(trained, TARGET_MODULES)',
];

/**
 * A classifier: AutoModelForSequenceClassification + Trainer. Multi-label is BCE-with-logits, which
 * needs float targets: the labels column is cast to float32 (integer 0/1 lists stay int64 after
 * `map` and the first step fails). LoRA trains the freshly initialised head (and pooler) in full
 * through `modules_to_save`.
 */
function classificationPython(setup: TrainingSetup): string[] {
  const multiLabel = setup.purpose === 'multi-label-classification';
  return [
    ...opening(
      setup,
      multiLabel
        ? [
            'Data (--data): one example per line, {"text": "...", "labels": [0, 1, 0, ...]} (one 0/1 per label).',
          ]
        : [
            'Data (--data): one example per line, {"text": "...", "label": 0} (class index 0 … num_labels - 1).',
          ],
      [
        ...(multiLabel ? ['from datasets import List, Value'] : []),
        ...(setup.method === 'full' ? [] : ['from peft import get_peft_model']),
        'from transformers import (',
        '    AutoModelForSequenceClassification,',
        '    AutoTokenizer,',
        '    DataCollatorWithPadding,',
        '    Trainer,',
        '    TrainingArguments,',
        ')',
      ],
    ),
    `NUM_LABELS = ${setup.labelCount}`,
    `PROBLEM_TYPE = ${quoted(multiLabel ? 'multi_label_classification' : 'single_label_classification')}`,
    ...runtime(setup, `Fine-tune ${setup.modelId} as a classifier (Tunewise plan)`),
    'tokenizer = AutoTokenizer.from_pretrained(cli.model, trust_remote_code=TRUST_REMOTE_CODE)',
    'dataset = load_dataset("json", data_files=cli.data, split="train")',
    'dataset = dataset.map(',
    '    lambda batch: tokenizer(batch["text"], truncation=True, max_length=MAX_LENGTH),',
    '    batched=True,',
    '    remove_columns=["text"],',
    ')',
    ...(multiLabel
      ? [
          '# BCE-with-logits needs float targets: cast the 0/1 lists to float32.',
          'dataset = dataset.cast_column("labels", List(Value("float32")))',
        ]
      : []),
    '',
    'load = {"num_labels": NUM_LABELS, "problem_type": PROBLEM_TYPE, "dtype": LOAD_DTYPE, "trust_remote_code": TRUST_REMOTE_CODE}',
    ...quantLoadLines(setup),
    'model = AutoModelForSequenceClassification.from_pretrained(cli.model, **load)',
    'if model.config.pad_token_id is None:',
    '    model.config.pad_token_id = tokenizer.pad_token_id',
    'hf_model = model',
    'HEAD_MODULES = head_modules(model)',
    ...kbitLines(setup),
    ...loraLines(setup, 'SEQ_CLS', 'peft', 'HEAD_MODULES'),
    '',
    'training_args = TrainingArguments(',
    ...commonArgLines(),
    ')',
    'trainer = Trainer(',
    '    model=model,',
    '    args=training_args,',
    '    train_dataset=dataset,',
    '    processing_class=tokenizer,',
    '    data_collator=DataCollatorWithPadding(tokenizer),',
    ')',
    ...SETTINGS_HEAD,
    'settings = {',
    '    **common_settings(trained, args),',
    '    **lora,',
    '    "method": "qlora" if quantized else "lora" if lora else "full",',
    '    "seqLen": MAX_LENGTH,',
    '    "headTrained": head_trained(trained, HEAD_MODULES),',
    `    "labelsDtype": str(getattr(dataset.features[${quoted(multiLabel ? 'labels' : 'label')}], "feature", dataset.features[${quoted(multiLabel ? 'labels' : 'label')}]).dtype),`,
    '}',
    ...quantSettingsLines(setup),
    'report(settings)',
    'train_and_report(trainer)',
    'trainer.save_model(cli.output_dir)',
  ];
}

/** Hard negatives per example beyond the pair: texts per example − 2 (anchor and positive). */
const hardNegatives = (setup: TrainingSetup) => Math.max(0, setup.plan.textsPerExample - 2);

/**
 * An embedding model: SentenceTransformerTrainer with MultipleNegativesRankingLoss (in-batch
 * negatives), or its GradCache form CachedMultipleNegativesRankingLoss when the plan encodes the
 * batch in mini-batches, with the no-duplicates sampler so no text is its own false negative.
 */
function similarityPython(setup: TrainingSetup): string[] {
  const negatives = hardNegatives(setup);
  const columns = [
    'anchor',
    'positive',
    ...Array.from({ length: negatives }, (_, i) => `negative_${i + 1}`),
  ];
  const example = columns.map((name) => `"${name}": "..."`).join(', ');
  const cached = setup.plan.gradCacheMiniBatch > 0;
  return [
    ...opening(
      setup,
      [
        `Data (--data): one example per line, {${example}}.`,
        'The other positives in the batch are the negatives: a larger batch trains harder.',
      ],
      [
        'from sentence_transformers import SentenceTransformer, SentenceTransformerTrainer, SentenceTransformerTrainingArguments',
        'from sentence_transformers.losses import CachedMultipleNegativesRankingLoss, MultipleNegativesRankingLoss',
        'from sentence_transformers.training_args import BatchSamplers',
      ],
    ),
    `COLUMNS = ${JSON.stringify(columns).replaceAll(',', ', ')}  # texts per example: ${columns.length}`,
    `GRADCACHE_MINI_BATCH = ${setup.plan.gradCacheMiniBatch}  # 0: no GradCache`,
    ...runtime(setup, `Fine-tune ${setup.modelId} as an embedding model (Tunewise plan)`),
    'dataset = load_dataset("json", data_files=cli.data, split="train").select_columns(COLUMNS)',
    'model_kwargs = {"dtype": LOAD_DTYPE}',
    ...quantLoadLines(setup).map((line) =>
      line.replace('load["quantization_config"]', 'model_kwargs["quantization_config"]'),
    ),
    'model = SentenceTransformer(cli.model, model_kwargs=model_kwargs, trust_remote_code=TRUST_REMOTE_CODE)',
    'model.max_seq_length = MAX_LENGTH',
    'hf_model = next(m for m in model.modules() if hasattr(m, "base_model_prefix"))',
    ...loraLines(setup, 'FEATURE_EXTRACTION', 'adapter'),
    cached
      ? '# GradCache: the whole batch gives the negatives, encoded GRADCACHE_MINI_BATCH texts at a time.'
      : '# Every text of the batch is encoded at once: the batch is the in-batch-negative batch.',
    'if GRADCACHE_MINI_BATCH:',
    '    loss = CachedMultipleNegativesRankingLoss(model, mini_batch_size=GRADCACHE_MINI_BATCH)',
    'else:',
    '    loss = MultipleNegativesRankingLoss(model)',
    '',
    'training_args = SentenceTransformerTrainingArguments(',
    ...commonArgLines(),
    '    batch_sampler=BatchSamplers.NO_DUPLICATES,',
    ')',
    'trainer = SentenceTransformerTrainer(model=model, args=training_args, train_dataset=dataset, loss=loss)',
    ...SETTINGS_HEAD,
    'settings = {',
    '    **common_settings(trained, args),',
    '    **lora,',
    '    "method": "qlora" if quantized else "lora" if lora else "full",',
    '    "seqLen": trained.max_seq_length,',
    '    "textsPerExample": len(trainer.train_dataset.column_names),',
    '    "gradCacheMiniBatch": getattr(loss, "mini_batch_size", 0) if isinstance(loss, CachedMultipleNegativesRankingLoss) else 0,',
    '}',
    ...quantSettingsLines(setup),
    'report(settings)',
    'train_and_report(trainer)',
    'model.save_pretrained(cli.output_dir)',
  ];
}

/**
 * A reranker: a CrossEncoder with one relevance logit, trained by CrossEncoderTrainer with the
 * cross-encoder MultipleNegativesRankingLoss: each query is scored against its positive and
 * `num_negatives` other documents of the batch, so a query costs textsPerExample pairs (the loss
 * defaults to 4 negatives; the plan's count is written out). LoRA through `add_adapter`
 * (sentence-transformers ≥ 5.4) with the fresh head in `modules_to_save`.
 */
function rerankingPython(setup: TrainingSetup): string[] {
  const negatives = Math.max(1, setup.plan.textsPerExample - 1);
  return [
    ...opening(
      setup,
      [
        'Data (--data): one example per line, {"query": "...", "positive": "a relevant document"}.',
        `Each query is scored against its positive and ${negatives} other document(s) of the batch.`,
      ],
      [
        'from sentence_transformers.cross_encoder import CrossEncoder, CrossEncoderTrainer, CrossEncoderTrainingArguments',
        'from sentence_transformers.cross_encoder.losses import (',
        '    CachedMultipleNegativesRankingLoss,',
        '    MultipleNegativesRankingLoss,',
        ')',
      ],
    ),
    `NUM_NEGATIVES = ${negatives}  # pairs per query: NUM_NEGATIVES + 1`,
    `GRADCACHE_MINI_BATCH = ${setup.plan.gradCacheMiniBatch}  # 0: no GradCache`,
    ...runtime(setup, `Fine-tune ${setup.modelId} as a reranker (Tunewise plan)`),
    'dataset = load_dataset("json", data_files=cli.data, split="train").select_columns(["query", "positive"])',
    'model_kwargs = {"dtype": LOAD_DTYPE}',
    ...quantLoadLines(setup).map((line) =>
      line.replace('load["quantization_config"]', 'model_kwargs["quantization_config"]'),
    ),
    'model = CrossEncoder(',
    '    cli.model, num_labels=1, max_length=MAX_LENGTH, model_kwargs=model_kwargs, trust_remote_code=TRUST_REMOTE_CODE',
    ')',
    'hf_model = next(m for m in model.modules() if hasattr(m, "base_model_prefix"))',
    'HEAD_MODULES = head_modules(hf_model)',
    ...loraLines(setup, 'SEQ_CLS', 'adapter', 'HEAD_MODULES'),
    'if GRADCACHE_MINI_BATCH:',
    '    loss = CachedMultipleNegativesRankingLoss(model, num_negatives=NUM_NEGATIVES, mini_batch_size=GRADCACHE_MINI_BATCH)',
    'else:',
    '    loss = MultipleNegativesRankingLoss(model, num_negatives=NUM_NEGATIVES)',
    '',
    'training_args = CrossEncoderTrainingArguments(',
    ...commonArgLines(),
    ')',
    'trainer = CrossEncoderTrainer(model=model, args=training_args, train_dataset=dataset, loss=loss)',
    ...SETTINGS_HEAD,
    'settings = {',
    '    **common_settings(trained, args),',
    '    **lora,',
    '    "method": "qlora" if quantized else "lora" if lora else "full",',
    '    "seqLen": trained.max_length,',
    '    "textsPerExample": loss.num_negatives + 1,',
    '    "gradCacheMiniBatch": getattr(loss, "mini_batch_size", 0) if isinstance(loss, CachedMultipleNegativesRankingLoss) else 0,',
    '    "headTrained": head_trained(trained, HEAD_MODULES),',
    '}',
    ...quantSettingsLines(setup),
    'report(settings)',
    'train_and_report(trainer)',
    'model.save_pretrained(cli.output_dir)',
  ];
}

/** The Python training script for an encoder purpose: classification, similarity or reranking. */
export function encoderPython(setup: TrainingSetup): string {
  const lines =
    setup.purpose === 'similarity'
      ? similarityPython(setup)
      : setup.purpose === 'reranking'
        ? rerankingPython(setup)
        : classificationPython(setup);
  return `${lines.join('\n')}\n`;
}
