import { commonArgLines, loraLines, quantLoadLines, quantSettingsLines } from './pythonCommon';
import { SETTINGS_HEAD, opening, runtime } from './pythonEncoderParts';
import type { TrainingSetup } from './trainingSetup';

/** Hard negatives per example beyond the pair: texts per example − 2 (anchor and positive). */
const hardNegatives = (setup: TrainingSetup) => Math.max(0, setup.plan.textsPerExample - 2);

/**
 * An embedding model: SentenceTransformerTrainer with MultipleNegativesRankingLoss (in-batch
 * negatives), or its GradCache form CachedMultipleNegativesRankingLoss when the plan encodes the
 * batch in mini-batches, with the no-duplicates sampler so no text is its own false negative.
 */
/**
 * sentence-transformers 6.0.1's `gradient_checkpointing_enable` takes only
 * `gradient_checkpointing_kwargs`, while transformers 5.18's Trainer also passes `every_n_layers`
 * and `offload` (trainer.py, `_inner_training_loop`): without this the run stops with a TypeError
 * as soon as checkpointing is on. Found by the export run test.
 */
const CHECKPOINT_SHIM: readonly string[] = [
  "# sentence-transformers 6.0.1 takes only gradient_checkpointing_kwargs; transformers 5.18's Trainer",
  '# also passes every_n_layers and offload (at their defaults here). Accept them.',
  '_enable_checkpointing = model.gradient_checkpointing_enable',
  '',
  '',
  'def enable_checkpointing(gradient_checkpointing_kwargs=None, every_n_layers=1, offload=False):',
  '    if every_n_layers != 1 or offload:',
  '        raise ValueError("sentence-transformers checkpoints every layer on the GPU only")',
  '    _enable_checkpointing(gradient_checkpointing_kwargs=gradient_checkpointing_kwargs)',
  '',
  '',
  'model.gradient_checkpointing_enable = enable_checkpointing',
  '',
];

export function similarityPython(setup: TrainingSetup): string[] {
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
    ...CHECKPOINT_SHIM,
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
export function rerankingPython(setup: TrainingSetup): string[] {
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
    ...CHECKPOINT_SHIM,
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
