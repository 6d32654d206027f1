import type { Recommendation } from '../recommend';
import { decoderAxolotl } from './axolotl';
import { ACCELERATE_CONFIG_FILE, DEEPSPEED_CONFIG_FILE } from './headers';
import { accelerateConfig, deepspeedConfig } from './launchConfig';
import { mlxLoraYaml } from './mlxLora';
import { decoderPython } from './pythonDecoder';
import { encoderPython } from './pythonEncoder';
import { trainingSetup } from './trainingSetup';
import { yamlText } from './yamlText';

/**
 * A Python training script for the recommendation's top model with its plan, or null when no
 * model fits. Decoders: transformers + PEFT + TRL's SFTTrainer. Classifiers: transformers'
 * Trainer with AutoModelForSequenceClassification. Similarity: sentence-transformers'
 * SentenceTransformerTrainer with (Cached)MultipleNegativesRankingLoss. Reranking:
 * sentence-transformers' CrossEncoderTrainer. Every script takes --model, --data, --output-dir,
 * --max-steps and --cpu, and prints the settings it runs with.
 *
 * Only catalog ids, numbers and fixed names reach the code, each as a quoted literal; the
 * project name never does.
 */
export function pythonSnippet(rec: Recommendation): string | null {
  const setup = trainingSetup(rec);
  if (!setup) return null;
  return setup.encoder ? encoderPython(setup) : decoderPython(setup);
}

/**
 * An Axolotl YAML config for the top model, or null when no model fits, the purpose needs an
 * encoder (Axolotl trains causal language models) or the device is Apple silicon (Axolotl needs
 * CUDA or ROCm; `mlxLoraConfig` is the export there).
 */
export function axolotlYaml(rec: Recommendation): string | null {
  const setup = trainingSetup(rec);
  if (!setup || setup.encoder || setup.appleSilicon) return null;
  return decoderAxolotl(setup);
}

/** An mlx-lm LoRA config for decoders on Apple silicon, else null. */
export function mlxLoraConfig(rec: Recommendation): string | null {
  const setup = trainingSetup(rec);
  if (!setup || setup.encoder || !setup.appleSilicon) return null;
  return mlxLoraYaml(setup);
}

/**
 * The libraries the Python script trains with, as its download button names them: "PEFT + TRL"
 * for decoders, the transformers Trainer for classifiers, sentence-transformers for embedding
 * models and rerankers (with PEFT when the method adapts with LoRA).
 */
export function pythonSnippetLibraries(rec: Recommendation): string | null {
  const setup = trainingSetup(rec);
  if (!setup) return null;
  const peft = setup.method === 'full' ? '' : ' + PEFT';
  if (!setup.encoder) return 'PEFT + TRL';
  if (setup.purpose === 'similarity' || setup.purpose === 'reranking') {
    return `sentence-transformers${peft}`;
  }
  return `transformers Trainer${peft}`;
}

/** A file the results page offers for download beside the training script. */
export interface LaunchFile {
  /** The name the script and the Axolotl config refer to. */
  fileName: string;
  /** What the download button says. */
  label: string;
  mimeType: string;
  text: string;
}

/**
 * The launch files a multi-GPU plan needs: accelerate's config (DDP, FSDP2 or DeepSpeed) and, for
 * ZeRO plans, DeepSpeed's JSON. Empty for single-GPU plans.
 */
export function launchFiles(rec: Recommendation): LaunchFile[] {
  const setup = trainingSetup(rec);
  if (!setup) return [];
  const files: LaunchFile[] = [];
  const accelerate = accelerateConfig(setup);
  if (accelerate) {
    files.push({
      fileName: ACCELERATE_CONFIG_FILE,
      label: 'accelerate config',
      mimeType: 'application/yaml',
      text: yamlText(accelerate),
    });
  }
  const deepspeed = deepspeedConfig(setup);
  if (deepspeed) {
    files.push({
      fileName: DEEPSPEED_CONFIG_FILE,
      label: 'DeepSpeed config',
      mimeType: 'application/json',
      text: `${JSON.stringify(deepspeed, null, 2)}\n`,
    });
  }
  return files;
}
