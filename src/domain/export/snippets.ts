import type { Recommendation } from '../recommend';
import { decoderAxolotl } from './axolotl';
import { decoderPython } from './pythonDecoder';
import { encoderPython } from './pythonEncoder';
import { trainingSetup } from './trainingSetup';

/**
 * A Python training script for the recommendation's top model with its chosen method and
 * settings, or null when no model fits. Decoders: transformers + PEFT + TRL's SFTTrainer (QLoRA
 * adds bitsandbytes NF4 and `prepare_model_for_kbit_training`). Classifiers: transformers'
 * Trainer with AutoModelForSequenceClassification. Similarity: sentence-transformers'
 * SentenceTransformerTrainer with MultipleNegativesRankingLoss. Reranking: sentence-transformers'
 * CrossEncoderTrainer (v4+). The data file is a placeholder named `train.jsonl`.
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
 * An Axolotl YAML config for the top model, or null when no model fits or the purpose needs an
 * encoder (similarity, reranking, classification): Axolotl trains causal language models, so
 * those purposes get the Python script only.
 */
export function axolotlYaml(rec: Recommendation): string | null {
  const setup = trainingSetup(rec);
  if (!setup || setup.encoder) return null;
  return decoderAxolotl(setup);
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
