/**
 * Reading a number a person typed. The app writes numbers the en-US way ("12,000", "1.5"), and
 * reads the same; what could mean two things in another locale ("1,5" is 1.5 in Germany and 15
 * nowhere; "1.000" in a whole-number field is 1,000 in Germany and 1 here) is refused with a
 * message that says how to write it, rather than silently read one way.
 */

export type TypedNumber =
  | { ok: true; value: number | null }
  | { ok: false; kind: 'empty' | 'not-a-number' }
  /** Two locales read it differently: the readings, plainly written. */
  | { ok: false; kind: 'ambiguous'; readings: [string, string] };

/** Digits with an optional decimal part: "2048", "1.5", ".5", "-3". */
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/** Thousands grouped by commas, spaces (plain, no-break, narrow) or underscores: "12,000", "1 024". */
const GROUPED =
  /^[+-]?\d{1,3}(?:(,)\d{3}(?:\1\d{3})*|([ \u00a0\u202f_])\d{3}(?:\2\d{3})*)(\.\d+)?$/;
/** A European decimal comma: "1,5", "0,75", "1.000,5". */
const DECIMAL_COMMA = /^[+-]?\d{1,3}(?:\.\d{3})*,\d+$|^[+-]?\d+,\d+$/;

/**
 * `text` → its number, null for an empty optional field, or why it cannot be read. `integer`
 * fields refuse "1.000" (a thousands point elsewhere) as ambiguous.
 */
export function parseTypedNumber(
  text: string,
  { integer, optional }: { integer: boolean; optional: boolean },
): TypedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return optional ? { ok: true, value: null } : { ok: false, kind: 'empty' };
  if (PLAIN.test(trimmed)) {
    if (integer && /^[+-]?\d{1,3}(\.\d{3})+$/.test(trimmed)) {
      const grouped = trimmed.replace(/\./g, '');
      return { ok: false, kind: 'ambiguous', readings: [grouped, String(Number(trimmed))] };
    }
    return { ok: true, value: Number(trimmed) };
  }
  if (GROUPED.test(trimmed))
    return { ok: true, value: Number(trimmed.replace(/[, \u00a0\u202f_]/g, '')) };
  if (DECIMAL_COMMA.test(trimmed)) {
    const asDecimal = trimmed.replace(/\./g, '').replace(',', '.');
    const asGrouped = trimmed.replace(/[.,]/g, '');
    return { ok: false, kind: 'ambiguous', readings: [asDecimal, asGrouped] };
  }
  return { ok: false, kind: 'not-a-number' };
}

/**
 * A label inside a sentence: "Number of GPUs" → "number of GPUs", while "GPU memory" and
 * "LoRA rank" keep their capitals (a word in capitals or mixed case is a name).
 */
export function labelInSentence(label: string): string {
  const [first = '', ...rest] = label.split(' ');
  const isName = first.length > 1 && first.slice(1) !== first.slice(1).toLowerCase();
  return isName ? label : [first.toLowerCase(), ...rest].join(' ');
}
