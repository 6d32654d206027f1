import type { Candidate, Recommendation } from '../recommend';
import { runtimeWords } from '../recommend/runtimeWords';
import { launchPlan } from './launchCommand';
import { ENGINE_LABELS } from '../serving';
import { answerSections } from './answerLabels';
import {
  bullets,
  cell,
  code,
  escapeText,
  gibText,
  integerText,
  parametersText,
  table,
} from './markdown';

const METHOD = { full: 'Full fine-tuning', lora: 'LoRA', qlora: 'QLoRA (4-bit)' } as const;
const VERDICT = {
  allowed: 'Allowed',
  conditions: 'Allowed on conditions',
  'not-allowed': 'Not allowed',
} as const;

/** The decision and what it rests on: architecture, objective, variant, size band. */
export function decisionSection(rec: Recommendation): string {
  const { architecture, variant, sizeBand } = rec;
  return [
    '## Decision',
    '',
    rec.decision,
    '',
    bullets([
      `**Architecture:** ${architecture.architectureLabel}; ${architecture.head.toLowerCase()}.`,
      `**Objective:** ${architecture.objectiveLabel}.`,
      `**Starting point:** ${variant.variant} model. ${variant.reason}`,
      `**Size band:** ${sizeBand.band.label}. ${sizeBand.reasons.join(' ')}`,
    ]),
  ].join('\n');
}

/** The five answers as one two-column table per step; every value is escaped as user text. */
export function answersSection(rec: Recommendation): string {
  const parts = answerSections(rec).map((section) =>
    [
      `### ${section.title}`,
      '',
      table(
        ['Question', 'Answer'],
        section.lines.map((line) => [cell(line.label), escapeText(line.value)]),
      ),
    ].join('\n'),
  );
  return ['## Your answers', '', parts.join('\n\n')].join('\n');
}

function trainingCells(candidate: Candidate, usableBytes: number): string[] {
  const plan = candidate.training.plan;
  if (!plan) return ['Does not fit', '', '', ''];
  const used = plan.estimate.reservedBytes;
  return [
    METHOD[plan.method],
    `${plan.options.batchSize} × ${integerText(plan.options.seqLen)}`,
    gibText(used),
    `${Math.round((1 - used / usableBytes) * 100)}%`,
  ];
}

/** The shortlist table, then why each model is on it. */
export function shortlistSection(rec: Recommendation): string {
  if (rec.shortlist.length === 0)
    return '## Shortlist\n\nNo model in the catalog fits all your constraints.';
  const usable = rec.hardware.training.usableBytes;
  const rows = rec.shortlist.map((candidate, i) => [
    String(i + 1),
    cell(candidate.name),
    parametersText(candidate.parameters),
    ...trainingCells(candidate, usable),
    cell(
      candidate.license
        ? `${candidate.license.name}: ${VERDICT[candidate.license.verdict]}`
        : 'Not checked',
    ),
  ]);
  const why = rec.shortlist.map((candidate, i) =>
    [
      `**${i + 1}. ${escapeText(candidate.name)}** (${code(candidate.id)})`,
      '',
      bullets(candidate.why.map(cell)),
    ].join('\n'),
  );
  return [
    '## Shortlist',
    '',
    table(
      ['#', 'Model', 'Parameters', 'Method', 'Batch × tokens', 'Per GPU', 'Headroom', 'License'],
      rows,
      ['right', 'left', 'right', 'left', 'right', 'right', 'right', 'left'],
    ),
    '',
    `Per GPU: peak memory of ${gibText(usable)} usable on the ${rec.hardware.training.name}.`,
    '',
    '### Why these models',
    '',
    why.join('\n\n'),
  ].join('\n');
}

/** Models that missed a gate, and what would have to change. */
export function nearMissSection(rec: Recommendation): string {
  if (rec.nearMisses.length === 0) return '';
  const items = rec.nearMisses.map(
    (candidate) =>
      `**${escapeText(candidate.name)}** (${code(candidate.id)}): ${candidate.whyNot.map(cell).join(' ')}`,
  );
  return ['## Near misses', '', bullets(items)].join('\n');
}

/** Where the top model's training memory goes, part by part, in GiB per GPU. */
export function memorySection(rec: Recommendation): string {
  const plan = rec.top?.training.plan;
  if (!rec.top || !plan) return '';
  const b = plan.estimate.breakdown;
  const parts: [string, number][] = [
    ['Weights', b.weights],
    ['Gradients', b.gradients],
    ['Optimizer states', b.optimizer],
    ['Activations', b.activations],
    ['Logits', b.logits],
    [runtimeWords(rec.hardware.training.runtime).overhead, b.overhead],
  ];
  const rows = parts.map(([label, bytes]) => [label, gibText(bytes)]);
  rows.push(['**Total (peak, reserved)**', `**${gibText(plan.estimate.reservedBytes)}**`]);
  return [
    `## Memory of ${escapeText(rec.top.name)} per GPU`,
    '',
    table(['Part', 'Memory'], rows, ['left', 'right']),
    '',
    `Of ${gibText(rec.hardware.training.usableBytes)} usable on the ${rec.hardware.training.name}.`,
  ].join('\n');
}

/** The default engine's launch: what each step does, then the commands as one shell block. */
function launchLines(rec: Recommendation): string[] {
  const launch = launchPlan(rec);
  if (!launch) return [];
  const commands = [...launch.steps.map((step) => step.command).filter(Boolean), launch.command];
  return [
    '',
    `Start it with ${ENGINE_LABELS[launch.engine]} (written for ${launch.versions.join(', ')}):`,
    '',
    bullets(launch.steps.map((step) => step.what)),
    '',
    '```sh',
    ...commands,
    '```',
  ];
}

/** Serving the model on the deployment device. */
export function deploymentSection(rec: Recommendation): string {
  const d = rec.deployment;
  if (!d) return '';
  return [
    '## Deployment',
    '',
    bullets([
      `**Model:** ${escapeText(d.modelName)} on the ${d.deviceName}`,
      `**Weights:** ${d.weightBits}-bit, ${gibText(d.weightsBytes)}`,
      `**KV cache:** ${gibText(d.kvCacheBytes)} for ${integerText(d.contextTokens)} tokens × ${d.concurrency} sequences`,
      `**Total:** ${gibText(d.totalBytes)} of ${gibText(d.capacityBytes)}: ${d.fits ? 'fits' : 'does not fit'}`,
      `**Longest context at this concurrency:** ${integerText(d.maxContextTokens)} tokens`,
    ]),
    ...launchLines(rec),
  ].join('\n');
}

/** The top model's license obligations, then every license's verdict for the user's plan. */
export function licenseSection(rec: Recommendation): string {
  const license = rec.top?.license;
  const obligations = license
    ? [`### Obligations of the ${license.name}`, '', bullets(license.obligations.map(cell)), '']
    : [];
  const rows = rec.licenses.map((verdict) => [
    cell(verdict.name),
    VERDICT[verdict.verdict],
    cell(verdict.reasons.join(' ')),
  ]);
  return [
    '## License',
    '',
    ...obligations,
    '### Verdicts for your plan',
    '',
    table(['License', 'Verdict', 'Why'], rows),
    '',
    'Not legal advice: read the license text before you ship.',
  ].join('\n');
}

/** What to measure before fine-tuning, and whether the recorded gap justifies it. */
export function baselineSection(rec: Recommendation): string {
  const b = rec.baseline;
  const heldOut =
    b.heldOutSize !== null
      ? `${integerText(b.heldOutSize)} examples (yours; about ${integerText(b.suggestedHeldOutSize)} suggested)`
      : `about ${integerText(b.suggestedHeldOutSize)} examples. ${b.heldOutReason}`;
  const recorded = [
    ...(b.floor !== null ? [`**Floor:** ${b.floor}%`] : []),
    ...(b.target !== null ? [`**Target:** ${b.target}%`] : []),
    ...(b.gap !== null ? [`**Gap:** ${b.gap} points`] : []),
  ];
  return [
    '## Baseline plan',
    '',
    bullets([
      `**Metric:** ${b.metric}`,
      `**Also track:** ${b.alsoTrack.join('; ')}`,
      `**Held-out set:** ${heldOut}`,
    ]),
    '',
    ...b.steps.map((step, i) => `${i + 1}. ${step}`),
    '',
    ...(recorded.length > 0 ? [recorded.join(' · '), ''] : []),
    b.verdict,
  ].join('\n');
}
