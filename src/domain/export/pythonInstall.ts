import { pipInstall, STACK, type StackPackage } from '../stack/versions';
import { needsSentencePiece } from './modelFacts';
import { attentionOf } from './pythonPlan';
import type { TrainingSetup } from './trainingSetup';

/** The packages a Python export imports, pinned to the versions the export run test trains with. */
export function requiredPackages(setup: TrainingSetup): StackPackage[] {
  const { plan } = setup;
  const packages: StackPackage[] = ['transformers', 'accelerate', 'datasets'];
  if (!setup.encoder) packages.push('trl');
  if (setup.purpose === 'similarity' || setup.purpose === 'reranking') {
    packages.push('sentenceTransformers');
  }
  if (setup.method !== 'full') packages.push('peft');
  if (needsSentencePiece(setup.modelId)) packages.push('sentencepiece', 'protobuf');
  if (
    setup.method === 'qlora' ||
    plan.optimizer === 'adamw-8bit' ||
    plan.optimizer === 'paged-adamw-8bit'
  ) {
    packages.push('bitsandbytes');
  }
  if (!setup.encoder && plan.lossKernel === 'liger') packages.push('liger');
  if (!setup.encoder && plan.lossKernel === 'cce') packages.push('cutCrossEntropy');
  if (plan.launcher === 'zero2' || plan.launcher === 'zero3') packages.push('deepspeed');
  return packages;
}

/**
 * The install comment lines: one pinned `pip install`, then flash-attn on its own line, because it
 * compiles against the installed torch and needs `--no-build-isolation` (its README).
 */
export function installLines(setup: TrainingSetup): string[] {
  const lines = [
    `# ${pipInstall(requiredPackages(setup))}`,
    `# torch: a CUDA build of 2.8 or later (fused AdamW is the default there); tested with ${STACK.torch.version} on CPU.`,
  ];
  if (!setup.encoder && attentionOf(setup) === 'flash_attention_2') {
    lines.push(
      `# pip install "${STACK.flashAttn.name}${STACK.flashAttn.pin}${STACK.flashAttn.version}" --no-build-isolation`,
    );
  }
  return lines;
}
