import { GIB } from '../memory';

/**
 * Characters with a meaning anywhere in a Markdown line (CommonMark + GFM tables, strikethrough),
 * and those GFM's extended autolinks start from: `:` (https://…), `@` (e-mail) and `.` (www.…).
 * An escaped one is still shown as itself, but no longer starts a link.
 */
const SIGNIFICANT = /[\\`*_[\]<>|~#&:@.]/g;
/** A block marker at the start of a line: list items, quotes, setext underlines, ordered lists. */
const BLOCK_MARK = /^[-+=>]/;
const ORDERED_MARK = /^(\d+)([.)])/;

/** One line: line and paragraph separators become spaces. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

/**
 * Text a user typed (project name, pasted model name), made inert for Markdown: one line, every
 * significant character backslash-escaped (CommonMark lets any ASCII punctuation be escaped), and
 * a block marker at the start escaped too. It cannot open a heading, a list, code or a link (bare
 * URLs and e-mail addresses included), nor split a table cell.
 */
export function escapeText(text: string): string {
  const escaped = oneLine(text).replace(SIGNIFICANT, '\\$&');
  // Only punctuation can be backslash-escaped, so "1." becomes "1\." rather than "\1.".
  return escaped.replace(BLOCK_MARK, '\\$&').replace(ORDERED_MARK, '$1\\$2');
}

/** Text of our own in a GFM table cell: one line, pipes escaped so the row keeps its columns. */
export function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
}

/** A GFM table; `align` marks numeric columns right-aligned. Cells must already be safe (`cell`, `escapeText`). */
export function table(
  headers: string[],
  rows: string[][],
  align: ('left' | 'right')[] = [],
): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = headers.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
  return [line(headers), line(rule), ...rows.map(line)].join('\n');
}

/** Bytes as GiB with one decimal, e.g. "21.7 GiB". */
export function gibText(bytes: number): string {
  return `${(bytes / GIB).toFixed(1)} GiB`;
}

/** A parameter count as people say it: "7.6B", "184M". */
export function parametersText(parameters: number): string {
  return parameters >= 1e9
    ? `${(parameters / 1e9).toFixed(1)}B`
    : `${Math.max(1, Math.round(parameters / 1e6))}M`;
}

/** A whole number with thousands separators, e.g. "2,048". */
export function integerText(value: number): string {
  return value.toLocaleString('en-US');
}

/** A bulleted list. */
export function bullets(items: string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/** An inline code span for catalog ids (which never contain a backtick). */
export function code(text: string): string {
  return `\`${oneLine(text).replace(/`/g, '')}\``;
}
