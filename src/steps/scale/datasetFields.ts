import { innerSchema } from '../../domain/share/schemaShape';
import type { NumericField } from '../../components/form/useStepForm';
import { scaleAnswersSchema } from '../../domain/recommend';

const shape = scaleAnswersSchema.shape;

/** The scale step's dataset, headroom and price questions, validated by the answers' schema. */
export const DATASET_FIELDS = {
  examples: {
    id: 'datasetExamples',
    label: 'Training examples',
    schema: innerSchema(shape.datasetExamples),
  },
  tokens: {
    id: 'tokensPerExample',
    label: 'Tokens per example',
    schema: innerSchema(shape.tokensPerExample),
  },
  epochs: { id: 'epochs', label: 'Epochs', schema: innerSchema(shape.epochs) },
  headroom: {
    id: 'headroomPercent',
    label: 'Memory headroom to keep',
    schema: innerSchema(shape.headroomPercent),
  },
  price: {
    id: 'gpuHourPrice',
    label: 'Price per GPU-hour',
    schema: innerSchema(shape.gpuHourPrice),
    optional: true,
  },
} as const satisfies Record<string, NumericField>;
