/** Time and cost of a training job, from the speed model and a price per GPU-hour. */
export { GPU_PRICES, defaultPriceOf, type GpuPrice } from './gpuPrices';
export {
  hasSpeedFigures,
  listedPriceOf,
  priceFor,
  withListedPrice,
  trainedTokens,
  trainingCost,
  type JobAnswers,
  type PriceUsed,
  type TrainingCost,
} from './trainingCost';
export {
  COMPARED_GPU_IDS,
  compareAcrossGpus,
  costBars,
  type ComparisonInput,
  type CostBar,
  type CostComparison,
  type GpuCostRow,
} from './acrossGpus';
export {
  durationText,
  nearestRunText,
  priceText,
  tokenCountText,
  typicalErrorText,
  usdText,
} from './words';
