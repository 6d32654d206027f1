import { useCallback, useState } from 'react';
import type { ZodMiniType } from 'zod/mini';
import { numberBounds } from '../../domain/share/schemaShape';
import { labelInSentence, parseTypedNumber } from './parseNumber';

export interface FieldError {
  /** The id of the input the error belongs to (the summary links to it). */
  field: string;
  message: string;
}

export interface NumericField {
  /** Input id. */
  id: string;
  label: string;
  schema: ZodMiniType;
  /** Empty input allowed (the value becomes null). */
  optional?: boolean;
}

/** The bounds a number schema states itself (its minimum and maximum), not zod's safe-integer range. */
function bounds(schema: ZodMiniType): { min: number | null; max: number | null; integer: boolean } {
  return numberBounds(schema) ?? { min: null, max: null, integer: false };
}

const count = (n: number) => n.toLocaleString('en-US');

/** Reads a typed number, or null for an empty optional field; undefined when it is not a number. */
function parseNumber(field: NumericField, typed: string): number | null | undefined {
  const read = parseTypedNumber(typed, {
    integer: bounds(field.schema).integer,
    optional: field.optional ?? false,
  });
  return read.ok ? read.value : undefined;
}

/** The message for a value a schema rejects, in plain words, naming the field as the user sees it. */
function problem(field: NumericField, typed: string): string | null {
  const range = bounds(field.schema);
  const read = parseTypedNumber(typed, {
    integer: range.integer,
    optional: field.optional ?? false,
  });
  if (!read.ok) {
    if (read.kind === 'empty') return `Enter the ${labelInSentence(field.label)}`;
    if (read.kind === 'ambiguous') {
      const [one, other] = read.readings;
      return `${field.label}: “${typed.trim()}” could mean ${one} or ${other}. Type it without separators, with a point for decimals`;
    }
    return `${field.label} must be a number written in digits, such as ${count(range.min ?? 1)}`;
  }
  const value = read.value;
  // An empty optional field is valid: its value is null.
  if (value === null) return null;
  const result = field.schema.safeParse(value);
  if (result.success) return null;
  if (range.min !== null && value < range.min)
    return `${field.label} must be at least ${count(range.min)}`;
  if (range.max !== null && value > range.max)
    return `${field.label} must be at most ${count(range.max)}`;
  if (range.integer && !Number.isInteger(value)) return `${field.label} must be a whole number`;
  const issue = result.error.issues[0];
  return `${field.label} is not valid: ${issue?.message ?? 'check the value'}`;
}

/**
 * A step's numeric drafts: what the user types stays as text; every valid value goes to the store
 * at once (so charts follow the typing), and invalid ones wait with their message until Next.
 * `stepErrors` are the step's own checks that are not one number (for example "pick at least one
 * checkbox"); they show and block Next the same way.
 */
export function useStepForm(
  fields: NumericField[],
  values: Record<string, number | null>,
  write: (id: string, value: number | null) => void,
  stepErrors: FieldError[] = [],
) {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);

  const draft = (id: string) =>
    drafts[id] ?? (values[id] === null || values[id] === undefined ? '' : String(values[id]));

  const setDraft = (id: string, text: string) => {
    setDrafts((current) => ({ ...current, [id]: text }));
    const field = fields.find((f) => f.id === id);
    if (!field) return;
    if (problem(field, text) === null) write(id, parseNumber(field, text) ?? null);
  };

  const errors: FieldError[] = [
    ...fields.flatMap((field) => {
      const message = problem(field, draft(field.id));
      return message ? [{ field: field.id, message }] : [];
    }),
    ...stepErrors,
  ];
  /** Errors are shown only after the first Next, so nobody is scolded while still typing. */
  const shownErrors = attempt > 0 ? errors : [];
  const errorFor = (id: string) => shownErrors.find((e) => e.field === id)?.message ?? null;

  /** Marks a submit attempt (errors become visible and the summary takes focus); true when valid. */
  const validate = useCallback(() => {
    setAttempt((n) => n + 1);
    return errors.length === 0;
  }, [errors.length]);

  /** A draft the store could not take (out of range, unreadable): leaving now would lose it. */
  const invalid = errors.length > 0;

  return { draft, setDraft, shownErrors, errorFor, attempt, validate, invalid };
}
