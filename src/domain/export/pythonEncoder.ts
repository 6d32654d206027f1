import {
  bnbConfigLines,
  commonArgLines,
  halfBase,
  halfDtype,
  loadingKwargs,
  loraConfigLines,
  needsTorch,
} from './pythonDecoder';
import { headerLines, quoted, type TrainingSetup } from './trainingSetup';

const DATASET = 'train_dataset = load_dataset("json", data_files="train.jsonl")["train"]';

function preamble(setup: TrainingSetup, packages: string): string[] {
  const qlora = setup.method === 'qlora';
  return [
    ...headerLines(setup),
    `# pip install -U ${packages} datasets accelerate${setup.method === 'full' ? '' : ' peft'}${qlora ? ' bitsandbytes' : ''}`,
    ...(needsTorch(setup) ? ['import torch'] : []),
    'from datasets import load_dataset',
    ...(setup.method === 'full' ? [] : ['from peft import LoraConfig']),
    ...(qlora ? ['from transformers import BitsAndBytesConfig'] : []),
  ];
}

/** Adapter lines for sentence-transformers models, which take a PEFT config via `add_adapter`. */
function adapterLines(setup: TrainingSetup, taskType: string): string[] {
  if (setup.method === 'full') return [];
  return ['', ...loraConfigLines(setup, taskType), 'model.add_adapter(peft_config)'];
}

/** `model_kwargs` for sentence-transformers: the same dtype/quantisation as `from_pretrained`. */
function modelKwargs(setup: TrainingSetup): string {
  const kwargs = [
    ...(setup.method === 'qlora' ? ['"quantization_config": bnb_config'] : []),
    ...(halfBase(setup) ? [`"dtype": ${halfDtype(setup)}`] : []),
  ];
  return kwargs.length > 0 ? `, model_kwargs={${kwargs.join(', ')}}` : '';
}

/**
 * A classifier: AutoModelForSequenceClassification + Trainer. Multi-label uses
 * `problem_type="multi_label_classification"` (BCE-with-logits over float multi-hot labels);
 * multi-class uses softmax cross-entropy over integer labels.
 */
function classificationPython(setup: TrainingSetup): string[] {
  const multiLabel = setup.purpose === 'multi-label-classification';
  return [
    ...preamble(setup, '"transformers>=4.56"'),
    'from transformers import (',
    '    AutoModelForSequenceClassification,',
    '    AutoTokenizer,',
    '    DataCollatorWithPadding,',
    '    Trainer,',
    '    TrainingArguments,',
    ')',
    ...(setup.method === 'full' ? [] : ['from peft import get_peft_model']),
    '',
    `model_id = ${quoted(setup.modelId)}`,
    `num_labels = ${setup.labelCount}`,
    '',
    multiLabel
      ? '# One example per line: {"text": "...", "labels": [0, 1, 0, ...]} (one 0/1 per label)'
      : '# One example per line: {"text": "...", "label": 0} (class index 0 … num_labels - 1)',
    DATASET,
    'tokenizer = AutoTokenizer.from_pretrained(model_id)',
    '',
    '',
    'def tokenize(batch):',
    `    encoded = tokenizer(batch["text"], truncation=True, max_length=${setup.seqLen})`,
    ...(multiLabel
      ? ['    encoded["labels"] = [[float(x) for x in row] for row in batch["labels"]]']
      : []),
    '    return encoded',
    '',
    '',
    'train_dataset = train_dataset.map(tokenize, batched=True)',
    ...(setup.method === 'qlora' ? ['', ...bnbConfigLines(setup)] : []),
    '',
    'model = AutoModelForSequenceClassification.from_pretrained(',
    '    model_id,',
    '    num_labels=num_labels,',
    `    problem_type=${quoted(multiLabel ? 'multi_label_classification' : 'single_label_classification')},`,
    ...loadingKwargs(setup),
    ')',
    ...(setup.method === 'full'
      ? []
      : ['', ...loraConfigLines(setup, 'SEQ_CLS'), 'model = get_peft_model(model, peft_config)']),
    '',
    'args = TrainingArguments(',
    ...commonArgLines(setup),
    ')',
    '',
    'trainer = Trainer(',
    '    model=model,',
    '    args=args,',
    '    train_dataset=train_dataset,',
    '    processing_class=tokenizer,',
    '    data_collator=DataCollatorWithPadding(tokenizer),',
    ')',
    'trainer.train()',
    'trainer.save_model()',
  ];
}

/**
 * An embedding model: sentence-transformers v3+ SentenceTransformerTrainer with
 * MultipleNegativesRankingLoss (in-batch negatives, a.k.a. InfoNCE) and the no-duplicates batch
 * sampler, so no text is its own false negative.
 */
function similarityPython(setup: TrainingSetup): string[] {
  return [
    ...preamble(setup, '"sentence-transformers>=4"'),
    'from sentence_transformers import (',
    '    SentenceTransformer,',
    '    SentenceTransformerTrainer,',
    '    SentenceTransformerTrainingArguments,',
    ')',
    'from sentence_transformers.losses import MultipleNegativesRankingLoss',
    'from sentence_transformers.training_args import BatchSamplers',
    '',
    `model_id = ${quoted(setup.modelId)}`,
    '',
    '# One pair per line: {"anchor": "a query", "positive": "a passage that answers it"}',
    DATASET,
    ...(setup.method === 'qlora' ? ['', ...bnbConfigLines(setup)] : []),
    '',
    `model = SentenceTransformer(model_id${modelKwargs(setup)})`,
    `model.max_seq_length = ${setup.seqLen}`,
    ...adapterLines(setup, 'FEATURE_EXTRACTION'),
    '',
    '# Negatives come from the same per-device batch: a larger batch gives harder training.',
    'loss = MultipleNegativesRankingLoss(model)',
    '',
    'args = SentenceTransformerTrainingArguments(',
    ...commonArgLines(setup),
    '    batch_sampler=BatchSamplers.NO_DUPLICATES,',
    ')',
    '',
    'trainer = SentenceTransformerTrainer(',
    '    model=model,',
    '    args=args,',
    '    train_dataset=train_dataset,',
    '    loss=loss,',
    ')',
    'trainer.train()',
    `model.save_pretrained(${quoted(`${setup.outputDir}/final`)})`,
  ];
}

/**
 * A reranker: sentence-transformers v4+ CrossEncoder with one relevance logit, trained by
 * CrossEncoderTrainer with the cross-encoder MultipleNegativesRankingLoss (softmax over the
 * positive and the other documents in the batch); LambdaLoss suits graded lists instead.
 */
function rerankingPython(setup: TrainingSetup): string[] {
  return [
    ...preamble(setup, '"sentence-transformers>=4"'),
    'from sentence_transformers.cross_encoder import (',
    '    CrossEncoder,',
    '    CrossEncoderTrainer,',
    '    CrossEncoderTrainingArguments,',
    ')',
    'from sentence_transformers.cross_encoder.losses import MultipleNegativesRankingLoss',
    '',
    `model_id = ${quoted(setup.modelId)}`,
    '',
    '# One pair per line: {"query": "...", "positive": "a relevant document"}',
    '# For graded lists ({"query", "docs": [...], "labels": [...]}) use losses.LambdaLoss instead.',
    DATASET,
    ...(setup.method === 'qlora' ? ['', ...bnbConfigLines(setup)] : []),
    '',
    `model = CrossEncoder(model_id, num_labels=1, max_length=${setup.seqLen}${modelKwargs(setup)})`,
    ...adapterLines(setup, 'SEQ_CLS'),
    '',
    'loss = MultipleNegativesRankingLoss(model)',
    '',
    'args = CrossEncoderTrainingArguments(',
    ...commonArgLines(setup),
    ')',
    '',
    'trainer = CrossEncoderTrainer(',
    '    model=model,',
    '    args=args,',
    '    train_dataset=train_dataset,',
    '    loss=loss,',
    ')',
    'trainer.train()',
    `model.save_pretrained(${quoted(`${setup.outputDir}/final`)})`,
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
