import type { ReactNode } from 'react';
import type { NumericField } from '../../components/form/useStepForm';
import { defaultPriceOf, tokenCountText, trainedTokens, usdText } from '../../domain/cost';
import type { Recommendation } from '../../domain/recommend';
import { DATASET_FIELDS } from './datasetFields';

export type FieldRenderer = (
  field: NumericField,
  hint: ReactNode,
  unit?: string,
  decimal?: boolean,
) => ReactNode;

/**
 * The training set (examples, tokens, epochs), the headroom the fit keeps and the price per
 * GPU-hour: what the time and cost figures and the fit decision read.
 */
export function DatasetFieldset({
  recommendation,
  field,
}: {
  recommendation: Recommendation;
  field: FieldRenderer;
}) {
  const scale = recommendation.answers.scale;
  const gpu = recommendation.hardware.training;
  const price = defaultPriceOf(gpu.id);
  const f = DATASET_FIELDS;
  return (
    <fieldset className="field-group">
      <legend className="field-label">Dataset, headroom and price</legend>
      {field(f.examples, 'Examples in your training set (1 to 1,000,000,000).')}
      {field(
        f.tokens,
        'Their mean length in tokens, prompt and answer together (for embeddings and rerankers, every text of an example).',
        'tokens',
      )}
      {field(
        f.epochs,
        'Passes over the set (0.1–100); 1–3 is usual for fine-tuning.',
        undefined,
        true,
      )}
      <p className="field-hint" aria-live="polite">
        {scale.datasetExamples.toLocaleString('en-US')} ×{' '}
        {scale.tokensPerExample.toLocaleString('en-US')} × {scale.epochs} ={' '}
        {tokenCountText(trainedTokens(scale))} to train.
      </p>
      {field(
        f.headroom,
        'Share of each GPU’s memory a plan must leave free (0–50%). Estimates run a few percent off; 10% keeps a plan from fitting by luck.',
        '%',
        true,
      )}
      {field(
        f.price,
        price
          ? `What one ${gpu.name} costs you per hour. Leave empty for the default, ${usdText(price.usdPerHour)} (${price.listing}, RunPod on-demand as listed by Deploybase, ${price.asOf}).`
          : `What one ${gpu.name} costs you per hour. There is no default price for it: without yours, the results show time but no cost.`,
        'US$',
        true,
      )}
    </fieldset>
  );
}
