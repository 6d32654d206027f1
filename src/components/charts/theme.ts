/**
 * Names and colours of the chart series. Colours are the app's CSS custom properties, so the
 * charts follow the light and dark schemes; every series also differs by pattern or dash.
 */

/** The three training methods in the order the bars and the table show them. */
export const METHODS = [
  { key: 'full', name: 'Full fine-tuning', colour: 'var(--warn)' },
  { key: 'lora', name: 'LoRA', colour: 'var(--brand)' },
  { key: 'qlora', name: 'QLoRA', colour: 'var(--accent)' },
] as const;

/** One of the methods a {@link MethodBar} carries. */
export type MethodKey = (typeof METHODS)[number]['key'];

/** The marker drawn above, and written beside, the method chosen for each model. */
export const CHOSEN_MARK = '★';

export const COLOURS = {
  ink: 'var(--ink)',
  muted: 'var(--ink-muted)',
  line: 'var(--line)',
  surface: 'var(--surface)',
  training: 'var(--brand)',
  serving: 'var(--accent)',
  capacity: 'var(--danger)',
} as const;

/** Dash patterns that tell the series apart without colour. */
export const DASHES = {
  serving: '8 5',
  capacity: '3 3',
  marker: '5 4',
} as const;

/** Heights the charts take when the page does not fix one. */
export const DEFAULT_HEIGHT = { method: 340, context: 360 } as const;
