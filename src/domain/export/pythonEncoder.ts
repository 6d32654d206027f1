import { classificationPython } from './pythonClassifier';
import { rerankingPython, similarityPython } from './pythonSentence';
import type { TrainingSetup } from './trainingSetup';

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
