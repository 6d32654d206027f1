import {
  isEncoderPurpose,
  PURPOSES,
  SIZE_BANDS,
  type Answers,
  type Recommendation,
  type SizeBandId,
  type StepId,
} from '../recommend';

/** One answered question in words: a readable label and value, never a raw id. */
export interface AnswerLine {
  label: string;
  value: string;
}

/** One wizard step's answers, titled as the step is. */
export interface AnswerSection {
  step: StepId;
  title: string;
  lines: AnswerLine[];
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const tokens = (n: number) => `${n.toLocaleString('en-US')} tokens`;
const percent = (value: number | null) => (value === null ? 'Not recorded' : `${value}%`);

const CHANGE_KINDS: Record<Answers['task']['changeKind'], string> = {
  behaviour: 'Behaviour and tone',
  'output-format': 'A strict output format',
  'new-language': 'A new language',
  'domain-vocabulary': 'A specialised vocabulary',
};
const DOMAINS: Record<Answers['task']['domain'], string> = {
  general: 'General',
  code: 'Code',
  medical: 'Medical',
  legal: 'Legal',
  scientific: 'Scientific',
  finance: 'Finance',
  other: 'Other',
};
const VARIANTS = { auto: 'By the guide’s rule', base: 'Base', instruct: 'Instruct' } as const;
const METHODS = {
  auto: 'The best that fits',
  full: 'Full fine-tuning',
  lora: 'LoRA',
  qlora: 'QLoRA (4-bit)',
} as const;
const CHECKPOINTING = {
  auto: 'When needed to fit',
  on: 'On',
  off: 'Off',
  offload: 'On, block inputs offloaded to the CPU',
} as const;
const USES = {
  commercial: 'A commercial product',
  internal: 'Internal business use',
  research: 'Research only',
} as const;
const USERS = {
  'under-100m': 'Under 100 million',
  '100m-700m': '100–700 million',
  'over-700m': 'Over 700 million',
} as const;
const DEPLOYMENTS = {
  'same-gpu': 'The training GPU',
  'other-gpu': 'Another GPU',
  edge: 'An edge or mobile device',
  cpu: 'A CPU server',
} as const;

/** The pasted model by name, and plainly "not used" when the engine could not read it. */
function customModelLine(rec: Recommendation): string {
  const custom = rec.answers.scale.customModel;
  if (!custom) return 'None';
  return rec.customError ? `${custom.name}, not used: ${rec.customError}` : custom.name;
}

function taskLines(rec: Recommendation): AnswerLine[] {
  const task = rec.answers.task;
  const lines: AnswerLine[] = [];
  if (task.projectName) lines.push({ label: 'Project', value: task.projectName });
  lines.push({ label: 'Purpose', value: PURPOSES[task.purpose].label });
  if (task.purpose === 'text-generation') {
    lines.push({ label: 'Model variant', value: VARIANTS[task.variant] });
  }
  if (!isEncoderPurpose(task.purpose)) {
    lines.push({ label: 'What fine-tuning changes', value: CHANGE_KINDS[task.changeKind] });
  }
  if (task.purpose === 'multi-class-classification') {
    lines.push({ label: 'Classes', value: String(task.labelCount) });
  }
  if (task.purpose === 'multi-label-classification') {
    lines.push({ label: 'Labels', value: String(task.labelCount) });
  }
  lines.push({
    label: 'Languages',
    value: task.languages === 'english' ? 'English only' : 'Several languages',
  });
  lines.push({ label: 'Domain', value: DOMAINS[task.domain] });
  return lines;
}

function hardwareLines(rec: Recommendation): AnswerLine[] {
  const answers = rec.answers.hardware;
  const lines: AnswerLine[] = [
    { label: 'Training GPU', value: rec.hardware.training.name },
    { label: 'GPUs', value: String(answers.gpuCount) },
  ];
  if (answers.gpuCount > 1)
    lines.push({ label: 'Sharding (FSDP / ZeRO-3)', value: yesNo(answers.sharding) });
  const target = DEPLOYMENTS[answers.deploymentTarget];
  lines.push({
    label: 'Deployment',
    value:
      answers.deploymentTarget === 'same-gpu' ? target : `${target}: ${rec.hardware.serving.name}`,
  });
  return lines;
}

const bandLabel = (id: SizeBandId) => SIZE_BANDS.find((band) => band.id === id)?.label ?? id;

/** The model named by id in the answers, by its name when the recommendation evaluated it. */
const modelName = (rec: Recommendation, id: string) =>
  rec.models.find((model) => model.id === id)?.name ?? id;

/** The pin and the comparison, only when the user made them: most answer sets have neither. */
function choiceLines(rec: Recommendation): AnswerLine[] {
  const { pinnedModel, compareModels } = rec.answers.scale;
  const lines: AnswerLine[] = [];
  if (pinnedModel !== null) {
    lines.push({
      label: 'Model you chose for the plan',
      value: rec.pin ? rec.pin.name : `${modelName(rec, pinnedModel)}, not used`,
    });
  }
  if (compareModels.length > 0) {
    lines.push({
      label: 'Models to compare',
      value: compareModels.map((id) => modelName(rec, id)).join(', '),
    });
  }
  return lines;
}

function scaleLines(rec: Recommendation): AnswerLine[] {
  const scale = rec.answers.scale;
  return [
    ...choiceLines(rec),
    {
      label: 'Size band',
      value:
        scale.sizeBand === 'auto'
          ? `Suggested (${rec.sizeBand.band.label})`
          : bandLabel(scale.sizeBand),
    },
    { label: 'Method', value: METHODS[scale.method] },
    { label: 'Training sequence length', value: tokens(scale.trainingSeqLen) },
    { label: 'Batch wanted per GPU step', value: String(scale.batchSize) },
    { label: 'LoRA rank', value: String(scale.loraRank) },
    { label: 'LoRA targets', value: scale.loraTargets.join(', ') },
    { label: 'Gradient checkpointing', value: CHECKPOINTING[scale.gradientCheckpointing] },
    { label: 'Context window to serve', value: tokens(scale.contextWindow) },
    { label: 'Sequences served at once', value: String(scale.concurrency) },
    { label: 'Your own model (config.json)', value: customModelLine(rec) },
    ...datasetLines(scale),
  ];
}

/** The dataset, headroom and price answers of the scale step. */
function datasetLines(scale: Answers['scale']): AnswerLine[] {
  return [
    { label: 'Training examples', value: scale.datasetExamples.toLocaleString('en-US') },
    { label: 'Tokens per example', value: tokens(scale.tokensPerExample) },
    { label: 'Epochs', value: String(scale.epochs) },
    { label: 'Memory headroom kept', value: `${scale.headroomPercent}%` },
    {
      label: 'Price per GPU-hour',
      value: scale.gpuHourPrice === null ? 'The default for the GPU' : `$${scale.gpuHourPrice}`,
    },
    {
      label: 'Prices of the other GPUs',
      value:
        scale.gpuPrices.length === 0
          ? 'The defaults'
          : scale.gpuPrices.map((entry) => entry.replace(':', ' $')).join(', '),
    },
  ];
}

function licenseLines(rec: Recommendation): AnswerLine[] {
  const license = rec.answers.license;
  return [
    { label: 'Intended use', value: USES[license.intendedUse] },
    { label: 'Monthly active users', value: USERS[license.userScale] },
    { label: 'Visible attribution acceptable', value: yesNo(license.attributionOk) },
    { label: 'Weights shared or shipped', value: yesNo(license.redistributeWeights) },
  ];
}

function baselineLines(rec: Recommendation): AnswerLine[] {
  const baseline = rec.answers.baseline;
  return [
    { label: 'Untuned score (floor)', value: percent(baseline.floor) },
    { label: 'Target score', value: percent(baseline.target) },
    {
      label: 'Held-out examples',
      value:
        baseline.heldOutSize === null ? 'None yet' : baseline.heldOutSize.toLocaleString('en-US'),
    },
  ];
}

/**
 * The five steps' answers in words, as the summary and the Markdown export show them. Values
 * are plain text; the project and pasted model names are the user's own and must be escaped
 * by whoever renders them.
 */
export function answerSections(rec: Recommendation): AnswerSection[] {
  return [
    { step: 'task', title: 'Task', lines: taskLines(rec) },
    { step: 'hardware', title: 'Hardware', lines: hardwareLines(rec) },
    { step: 'scale', title: 'Scale and method', lines: scaleLines(rec) },
    { step: 'license', title: 'License', lines: licenseLines(rec) },
    { step: 'baseline', title: 'Baseline', lines: baselineLines(rec) },
  ];
}
