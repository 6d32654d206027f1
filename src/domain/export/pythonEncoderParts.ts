import { headerLines, launchCommand } from './headers';
import { HEAD_HELPERS, cliLines, py } from './pythonCommon';
import { installLines } from './pythonInstall';
import { cpuLines, planLines } from './pythonPlan';
import { REPORT_HELPERS } from './pythonReport';
import type { TrainingSetup } from './trainingSetup';

/** Header, install line, data format and imports shared by the encoder scripts. */
export function opening(setup: TrainingSetup, dataDoc: string[], imports: string[]): string[] {
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
export function runtime(setup: TrainingSetup, description: string): string[] {
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

export const SETTINGS_HEAD = [
  'cast_trained(trainer.model)',
  'args = trainer.args',
  'trained = trainer.model',
  'quantized = bool(getattr(hf_model, "is_loaded_in_4bit", False) or getattr(hf_model, "is_loaded_in_8bit", False))',
  'lora = lora_settings(trained, TARGET_MODULES)',
];
