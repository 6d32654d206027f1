import {
  commonArgLines,
  kbitLines,
  loraLines,
  quantLoadLines,
  quantSettingsLines,
} from './pythonCommon';
import { SETTINGS_HEAD, opening, runtime } from './pythonEncoderParts';
import { quoted, type TrainingSetup } from './trainingSetup';

/**
 * A classifier: AutoModelForSequenceClassification + Trainer. Multi-label is BCE-with-logits, which
 * needs float targets: the labels column is cast to float32 (integer 0/1 lists stay int64 after
 * `map` and the first step fails). LoRA trains the freshly initialised head (and pooler) in full
 * through `modules_to_save`.
 */
export function classificationPython(setup: TrainingSetup): string[] {
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
