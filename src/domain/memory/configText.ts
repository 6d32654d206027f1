import { ModelConfigError } from './configFields';

/**
 * Python's json module writes `NaN`, `Infinity` and `-Infinity` as bare words (Nemotron-H and
 * Mamba configs carry `time_step_limit: [0.0, Infinity]`); JSON.parse rejects them. Outside string
 * literals they are swapped for placeholder strings and read back as the numbers.
 */
const NON_FINITE = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
};
const PLACEHOLDER = '\u0000tunewise-non-finite:';

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\w$]/.test(char);
}

/** The text with Python's non-finite number words outside strings turned into placeholders. */
function quoteNonFinite(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (inString) {
      out += char;
      if (char === '\\') {
        out += text[i + 1] ?? '';
        i += 1;
      } else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      out += char;
      continue;
    }
    const word = (['-Infinity', 'Infinity', 'NaN'] as const).find(
      (w) => text.startsWith(w, i) && !isWordChar(text[i - 1]) && !isWordChar(text[i + w.length]),
    );
    if (word) {
      out += JSON.stringify(PLACEHOLDER + word);
      i += word.length - 1;
    } else out += char;
  }
  return out;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return 'a string';
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'null' : `a ${typeof value}`;
}

/**
 * Pasted config.json text → its top-level object. Reads Python's `NaN` / `Infinity` words as the
 * numbers (a field that needs a finite number then says so). Valid JSON that is not an object
 * (`"config"`, `[1]`, `42`) is told apart from text that is not JSON at all.
 *
 * @throws ModelConfigError with a message for the `(file)` field.
 */
export function parseConfigText(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    try {
      value = JSON.parse(quoteNonFinite(text), (_key, item: unknown) =>
        typeof item === 'string' && item.startsWith(PLACEHOLDER)
          ? NON_FINITE[item.slice(PLACEHOLDER.length) as keyof typeof NON_FINITE]
          : item,
      );
    } catch {
      const reason = error instanceof Error ? error.message : 'unreadable';
      throw new ModelConfigError([
        { field: '(file)', message: `the text is not valid JSON (${reason})` },
      ]);
    }
  }
  return configObject(value, true);
}

/** A parsed value → the config object, or the message for a value that is not one. */
export function configObject(value: unknown, fromText = false): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  const what = fromText ? `valid JSON, but ${describe(value)}` : describe(value);
  throw new ModelConfigError([
    {
      field: '(file)',
      message: `the text is ${what}, not an object: a config.json is a JSON object such as {"model_type": "llama", …}`,
    },
  ]);
}
