import type { NumericField } from '../../components/form/useStepForm';
import { scaleAnswersSchema } from '../../domain/recommend';

const shape = scaleAnswersSchema.shape;

/** The scale step's dataset, headroom and price questions, validated by the answers' schema. */
export const DATASET_FIELDS = {
  examples: {
    id: 'datasetExamples',
    label: 'Training examples',
    schema: shape.datasetExamples.unwrap(),
  },
  tokens: {
    id: 'tokensPerExample',
    label: 'Tokens per example',
    schema: shape.tokensPerExample.unwrap(),
  },
  epochs: { id: 'epochs', label: 'Epochs', schema: shape.epochs.unwrap() },
  headroom: {
    id: 'headroomPercent',
    label: 'Memory headroom to keep',
    schema: shape.headroomPercent.unwrap(),
  },
  price: {
    id: 'gpuHourPrice',
    label: 'Price per GPU-hour',
    schema: shape.gpuHourPrice.unwrap().unwrap(),
    optional: true,
  },
} as const satisfies Record<string, NumericField>;
