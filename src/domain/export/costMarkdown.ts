import {
  durationText,
  nearestRunText,
  priceText,
  tokenCountText,
  typicalErrorText,
  usdText,
} from '../cost';
import type { Recommendation } from '../recommend';
import { bullets, cell, escapeText, gibText, table } from './markdown';

/*
 * Sources are named with their addresses, escaped like user text: the Markdown export keeps
 * Tunewise's own link the only clickable one.
 */

/** Time and cost of the top plan on each GPU compared, with the price each used. */
export function costSection(rec: Recommendation): string {
  const cost = rec.cost;
  const first = cost?.rows[0];
  if (!cost || !first) return '';
  const tokens = first.trainedTokens;
  const s = rec.answers.scale;
  const rows = cost.rows.map((row) => [
    cell(`${row.gpus > 1 ? `${row.gpus} × ` : ''}${row.gpuName}${row.yours ? ' (yours)' : ''}`),
    Math.round(row.tokensPerSecond).toLocaleString('en-US'),
    durationText(row.hours),
    row.gpuHours.toFixed(1),
    row.costUsd === null ? '—' : usdText(row.costUsd),
    escapeText(priceText(row.price)),
  ]);
  const evidence = rec.evidence?.speed;
  return [
    '## Time and cost',
    '',
    `${s.datasetExamples.toLocaleString('en-US')} examples × ${s.tokensPerExample.toLocaleString('en-US')} tokens × ${s.epochs} epochs = ${tokenCountText(tokens)} trained (padding not counted). Each GPU runs its own plan that fits it.`,
    '',
    table(['GPU', 'Tokens/s', 'Time', 'GPU-hours', 'Cost', 'Price'], rows, [
      'left',
      'right',
      'right',
      'right',
      'right',
      'left',
    ]),
    ...(cost.leftOut.length > 0
      ? ['', bullets(cost.leftOut.map((l) => cell(`Not compared: ${l.gpuName}, as ${l.reason}.`)))]
      : []),
    ...(evidence
      ? [
          '',
          bullets([
            cell(`Speed: ${typicalErrorText(evidence)}.`),
            escapeText(nearestRunText(evidence)),
          ]),
        ]
      : []),
  ].join('\n');
}

/** The memory figure's evidence, for the breakdown. */
export function memoryEvidenceSection(rec: Recommendation): string {
  const evidence = rec.evidence?.memory;
  if (!evidence) return '';
  return bullets([
    cell(`Memory: ${typicalErrorText(evidence)}.`),
    escapeText(nearestRunText(evidence)),
  ]);
}

/** The changes that would make the model fit as asked, largest saving first. */
export function fitAdviceSection(rec: Recommendation): string {
  const advice = rec.fitAdvice;
  if (!advice) return '';
  const lead =
    advice.situation === 'no-fit'
      ? `${escapeText(advice.modelName)} does not fit: it needs ${gibText(advice.neededBytes)} per GPU, over the ${gibText(advice.budgetBytes)} your headroom leaves.`
      : `${escapeText(advice.modelName)} fits only by cutting what you asked: as asked it needs ${gibText(advice.neededBytes)} per GPU, over the ${gibText(advice.budgetBytes)} your headroom leaves.`;
  const rows = advice.levers.map((lever) => [
    cell(lever.label),
    gibText(lever.savedBytes),
    gibText(lever.neededBytes),
    lever.fits ? 'Yes' : 'No',
    lever.speedRatio === null ? '—' : `×${lever.speedRatio.toFixed(2)}`,
    lever.costDeltaUsd === null
      ? '—'
      : `${lever.costDeltaUsd >= 0 ? '+' : '−'}${usdText(Math.abs(lever.costDeltaUsd))}`,
    cell(lever.quality),
  ]);
  return [
    '## What to change to fit',
    '',
    lead,
    ...(advice.nothingFits
      ? [
          '',
          `Nothing here makes it fit on this GPU: all the settings changed together still need ${gibText(advice.combinedBytes)}.`,
        ]
      : []),
    '',
    table(['Change', 'Saves', 'Needs', 'Fits', 'Speed', 'Job cost', 'Quality'], rows, [
      'left',
      'right',
      'right',
      'left',
      'right',
      'right',
      'left',
    ]),
  ].join('\n');
}
