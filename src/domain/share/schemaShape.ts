import type { $ZodType } from 'zod/v4/core';

/**
 * What a field's schema declares, read from zod's core internals so it works for zod and
 * zod/mini alike: the answers schema is zod/mini (it loads with the page that shows a decision),
 * and the forms, the link codec and the tests read its bounds from here.
 */

/** A check's definition: the fields of the checks the answers use (bounds, lengths, a pattern). */
interface CheckDef {
  check: string;
  value?: number;
  minimum?: number;
  maximum?: number;
  pattern?: RegExp;
}

/** The definitions of a schema's own checks. */
const checksOf = (schema: $ZodType): CheckDef[] =>
  (schema._zod.def.checks ?? []).map((check) => check._zod.def as unknown as CheckDef);

const WRAPPERS = new Set(['default', 'prefault', 'nullable', 'optional']);

/** The schema inside a field's default, prefault, nullable and optional wrappers. */
export function innerSchema<T extends $ZodType>(schema: T): T {
  let inner: $ZodType = schema;
  while (WRAPPERS.has(inner._zod.def.type)) {
    inner = (inner._zod.def as unknown as { innerType: $ZodType }).innerType;
  }
  return inner as T;
}

/** A bound past the safe-integer range is zod's own (`z.int()`), not one the field declares. */
const declared = (n: number | undefined) =>
  n === undefined || !Number.isFinite(n) || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? null : n;

/** The bounds a number field declares itself, or null when the field is not a number. */
export function numberBounds(
  schema: $ZodType,
): { min: number | null; max: number | null; integer: boolean } | null {
  const inner = innerSchema(schema);
  if (inner._zod.def.type !== 'number') return null;
  const checks = checksOf(inner);
  const format = (inner._zod.def as { format?: string }).format;
  return {
    min: declared(checks.find((c) => c.check === 'greater_than')?.value),
    max: declared(checks.find((c) => c.check === 'less_than')?.value),
    integer: format === 'safeint' || format === 'int32' || format === 'uint32',
  };
}

/** The lengths (strings, arrays) and the first pattern (strings) a field declares. */
export function lengthBounds(schema: $ZodType): {
  minLength: number | null;
  maxLength: number | null;
  pattern: RegExp | null;
} {
  const checks = checksOf(innerSchema(schema));
  return {
    minLength: declared(checks.find((c) => c.check === 'min_length')?.minimum),
    maxLength: declared(checks.find((c) => c.check === 'max_length')?.maximum),
    pattern: checks.find((c) => c.pattern)?.pattern ?? null,
  };
}
