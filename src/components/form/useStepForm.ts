import { useCallback, useState } from 'react';
import type { ZodType } from 'zod';

export interface FieldError {
  /** The id of the input the error belongs to (the summary links to it). */
  field: string;
  message: string;
}

export interface NumericField {
  /** Input id. */
  id: string;
  label: string;
  schema: ZodType;
  /** Empty input allowed (the value becomes null). */
  optional?: boolean;
}

/** Reads a typed number, or null for an empty optional field; undefined when it is not a number. */
function parseNumber(text: string, optional: boolean): number | null | undefined {
  const trimmed = text.trim().replace(/[\s,_]/g, '');
  if (trimmed === '') return optional ? null : undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** The message for a value a schema rejects, in plain words. */
function problem(field: NumericField, text: string): string | null {
  const value = parseNumber(text, field.optional ?? false);
  if (value === undefined) {
    return text.trim() === ''
      ? `Enter ${field.label.toLowerCase()}`
      : `${field.label} must be a number`;
  }
  // An empty optional field is valid: its value is null.
  if (value === null) return null;
  const result = field.schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  if (issue?.code === 'too_small')
    return `${field.label} must be at least ${Number(issue.minimum).toLocaleString('en-US')}`;
  if (issue?.code === 'too_big')
    return `${field.label} must be at most ${Number(issue.maximum).toLocaleString('en-US')}`;
  if (issue?.code === 'invalid_type' && issue.expected === 'int')
    return `${field.label} must be a whole number`;
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
    if (problem(field, text) === null)
      write(id, parseNumber(text, field.optional ?? false) ?? null);
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

  return { draft, setDraft, shownErrors, errorFor, attempt, validate };
}
