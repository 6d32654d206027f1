/**
 * Reading a pasted config.json: fields under their usual names and aliases, each checked, with
 * every problem collected so that one error message can name them all.
 */

export interface ConfigIssue {
  /** The config.json field at fault (the first name looked for when it is missing). */
  field: string;
  message: string;
}

/** Thrown by `modelSpecFromConfig`; its message names every missing or invalid field. */
export class ModelConfigError extends Error {
  readonly issues: ConfigIssue[];

  constructor(issues: ConfigIssue[]) {
    const list = issues.map((issue) => issue.message).join('; ');
    super(
      issues.length === 1
        ? `This config.json can't be used: ${list}.`
        : `This config.json has ${issues.length} problems: ${list}.`,
    );
    this.name = 'ModelConfigError';
    this.issues = issues;
  }
}

export type RawConfig = Record<string, unknown>;

export interface IntRange {
  min: number;
  max: number;
}

/** Limits that no real transformer exceeds; beyond them a value is a typo, not a model. */
export const LIMITS = {
  hiddenSize: { min: 1, max: 131_072 },
  layers: { min: 1, max: 1_024 },
  heads: { min: 1, max: 1_024 },
  headDim: { min: 1, max: 4_096 },
  intermediate: { min: 1, max: 1_048_576 },
  vocab: { min: 1, max: 10_000_000 },
  experts: { min: 1, max: 4_096 },
  positions: { min: 1, max: 100_000_000 },
  tokenTypes: { min: 0, max: 1_024 },
} satisfies Record<string, IntRange>;

export class FieldReader {
  readonly issues: ConfigIssue[] = [];

  constructor(readonly raw: RawConfig) {}

  /**
   * The first of `names` present in the config (null and undefined count as absent). Only own
   * properties count: a parsed object's prototype (`constructor`, `toString`) is not config text.
   */
  private find(names: readonly string[]): [string, unknown] | null {
    for (const name of names) {
      const value = ownValue(this.raw, name);
      if (value !== undefined && value !== null) return [name, value];
    }
    return null;
  }

  has(names: readonly string[]): boolean {
    return this.find(names) !== null;
  }

  /** A required whole number within `range`; records an issue and returns NaN when it is not. */
  int(names: readonly string[], range: IntRange): number {
    const found = this.find(names);
    if (!found) {
      const aliases = names.length > 1 ? ` (also looked for ${names.slice(1).join(', ')})` : '';
      this.issues.push({ field: names[0] ?? '?', message: `${names[0]} is missing${aliases}` });
      return Number.NaN;
    }
    return this.check(found[0], found[1], range);
  }

  /** An optional whole number within `range`: `fallback` when absent, NaN (with an issue) when bad. */
  optionalInt(names: readonly string[], range: IntRange, fallback: number): number {
    const found = this.find(names);
    return found ? this.check(found[0], found[1], range) : fallback;
  }

  bool(names: readonly string[], fallback: boolean): boolean {
    const found = this.find(names);
    if (!found) return fallback;
    if (typeof found[1] === 'boolean') return found[1];
    this.issues.push({
      field: found[0],
      message: `${found[0]} must be true or false, got ${show(found[1])}`,
    });
    return fallback;
  }

  string(names: readonly string[]): string | null {
    const found = this.find(names);
    if (!found) return null;
    if (typeof found[1] === 'string') return found[1];
    this.issues.push({
      field: found[0],
      message: `${found[0]} must be a string, got ${show(found[1])}`,
    });
    return null;
  }

  private check(name: string, value: unknown, range: IntRange): number {
    const limits = `${range.min.toLocaleString('en-US')} and ${range.max.toLocaleString('en-US')}`;
    if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) {
      // JSON.parse reads 1e309 as Infinity: a number, but out of any range.
      const side = value > 0 ? 'too large' : 'too small';
      this.issues.push({
        field: name,
        message: `${name} is out of range (${side}): it must be between ${limits}, got ${String(value)}`,
      });
      return Number.NaN;
    }
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
      this.issues.push({
        field: name,
        message: `${name} must be a number, not text: write ${value.trim()} without quotes`,
      });
      return Number.NaN;
    }
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.issues.push({
        field: name,
        message: `${name} must be a whole number, got ${show(value)}`,
      });
      return Number.NaN;
    }
    if (value < range.min || value > range.max) {
      this.issues.push({
        field: name,
        message: `${name} must be between ${limits}, got ${value.toLocaleString('en-US')}`,
      });
      return Number.NaN;
    }
    return value;
  }

  fail(field: string, message: string) {
    this.issues.push({ field, message });
  }
}

/** A config's own property, never one inherited from Object.prototype (`constructor`, `__proto__`). */
export function ownValue(raw: RawConfig, name: string): unknown {
  return Object.hasOwn(raw, name) ? raw[name] : undefined;
}

/**
 * A JSON object copied onto a null prototype, or null when `value` is not an object. Reading
 * `raw.sliding_window` from the copy can never reach Object.prototype.
 */
export function ownObject(value: unknown): RawConfig | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return Object.assign(Object.create(null) as RawConfig, value);
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
