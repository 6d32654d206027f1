import { ModelConfigError } from './configFields';

/**
 * Bare tokens that Python's `json.dumps` writes for non-finite floats (allow_nan=True, its
 * default) and that JSON.parse rejects. Nemotron-H and other Mamba configs carry them, e.g.
 * `"time_step_limit": [0.0, Infinity]`.
 */
const NON_FINITE: ReadonlyMap<string, number> = new Map([
  ['-Infinity', Number.NEGATIVE_INFINITY],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['NaN', Number.NaN],
]);

/** A marker no config contains; a string of it becomes the matching non-finite number. */
const MARK = '\u0000tunewise-non-finite:';

const VALUE_START = new Set(['', ':', ',', '[']);
const TOKEN_END = /[\s,\]}]/;

/** The non-finite token that starts at `i` and ends at a delimiter, if any. */
function tokenAt(text: string, i: number): string | undefined {
  for (const name of NON_FINITE.keys()) {
    const end = text[i + name.length];
    if (text.startsWith(name, i) && (end === undefined || TOKEN_END.test(end))) return name;
  }
  return undefined;
}

/**
 * Replaces bare Infinity, -Infinity and NaN outside string literals with marker strings, so that
 * JSON.parse accepts the text. Text inside string literals (escapes included) is left as it is.
 */
function markNonFinite(text: string): string {
  const parts: string[] = [];
  let start = 0;
  // The last character outside whitespace: a value starts after ':', ',', '[' or at the start.
  let before = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      before = '"';
      i++;
      continue;
    }
    const token = VALUE_START.has(before) ? tokenAt(text, i) : undefined;
    if (token) {
      parts.push(text.slice(start, i), JSON.stringify(MARK + token));
      i += token.length;
      start = i;
      before = '"';
      continue;
    }
    if (!/\s/.test(char)) before = char;
    i++;
  }
  parts.push(text.slice(start));
  return parts.join('');
}

function restore(_key: string, value: unknown): unknown {
  if (typeof value === 'string' && value.startsWith(MARK)) {
    return NON_FINITE.get(value.slice(MARK.length)) ?? value;
  }
  return value;
}

/**
 * Parses the text of a config.json as Python writes it: standard JSON plus bare `Infinity`,
 * `-Infinity` and `NaN` values, which become the non-finite numbers they name. Fields that need a
 * finite number then get their own message from the config reader.
 *
 * @throws ModelConfigError when the text is not JSON even with those tokens allowed.
 */
export function parseConfigText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    try {
      if (!text.includes(MARK)) return JSON.parse(markNonFinite(text), restore);
    } catch {
      // Report the error of the plain parse: it points at the text as pasted.
    }
    const reason = error instanceof Error ? error.message : 'unreadable';
    throw new ModelConfigError([
      { field: '(file)', message: `the text is not valid JSON (${reason})` },
    ]);
  }
}

/** What a parsed JSON value is, in words, for a message about a value that is not an object. */
export function describeJsonValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return `${String(value)}`;
  return typeof value;
}
