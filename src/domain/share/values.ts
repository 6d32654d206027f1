import type { $ZodIssue, $ZodType } from 'zod/v4/core';
import { numberBounds } from './schemaShape';
import { LORA_TARGETS } from '../memory';
import type { FieldParam, ParamKind } from './params';

/** Longest value read from a link, in characters; a longer one is dropped as garbage. */
export const MAX_VALUE_LENGTH = 2000;

/** Longest stretch of a bad value quoted back in a message, in characters. */
const QUOTE_LENGTH = 40;

/** The outcome of reading one value: the value, or why it was dropped (a phrase for `ignored`). */
export type Read = { ok: true; value: unknown } | { ok: false; reason: string };

/** A plain decimal number: no hex, no `Infinity`, no blanks. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** A value as quoted in a message: JSON-quoted, cut to 40 characters. */
export function quote(raw: string): string {
  return JSON.stringify(raw.length > QUOTE_LENGTH ? `${raw.slice(0, QUOTE_LENGTH)}…` : raw);
}

/** One answer value → its text in the link (see `ParamKind`). */
export function encodeValue(kind: ParamKind, value: unknown): string {
  if (kind === 'boolean') return value === true ? '1' : '0';
  if (kind === 'targets' || kind === 'list') return Array.isArray(value) ? value.join(',') : '';
  if (value === null) return '';
  return kind === 'model' ? encodeJson(value) : String(value);
}

/** A link value → a candidate for the field's schema: numbers and booleans parsed, lists split. */
function parseText(kind: ParamKind, raw: string): Read {
  switch (kind) {
    case 'text':
      return { ok: true, value: raw };
    case 'number':
      if (raw === '') return { ok: true, value: null };
      return DECIMAL.test(raw) ? { ok: true, value: Number(raw) } : fail(raw, 'is not a number');
    case 'boolean':
      return raw === '1' || raw === '0'
        ? { ok: true, value: raw === '1' }
        : fail(raw, 'is not 1 or 0');
    case 'targets':
      return { ok: true, value: raw === 'all' ? [...LORA_TARGETS] : raw.split(',') };
    case 'list':
      return { ok: true, value: raw === '' ? [] : raw.split(',') };
    case 'model': {
      if (raw === '') return { ok: true, value: null };
      const value = decodeJson(raw);
      return value === undefined
        ? fail(raw, 'is not a readable model config')
        : { ok: true, value };
    }
  }
}

/** A link value → the field's value, checked by the step schema; a failure says why. */
export function readField(param: FieldParam, raw: string): Read {
  if (raw.length > MAX_VALUE_LENGTH) {
    return {
      ok: false,
      reason: `longer than ${MAX_VALUE_LENGTH.toLocaleString('en-US')} characters`,
    };
  }
  const parsed = parseText(param.kind, raw);
  if (!parsed.ok) return parsed;
  const checked = param.schema.safeParse(parsed.value);
  if (checked.success) return { ok: true, value: checked.data };
  return fail(raw, describeIssue(checked.error.issues[0], param.label, declaredMax(param.schema)));
}

/**
 * The maximum a number field's schema declares (under its default and null), so that a value past
 * the safe-integer range is told the field's own limit, not zod's 9,007,199,254,740,991.
 */
function declaredMax(schema: $ZodType): number | null {
  return numberBounds(schema)?.max ?? null;
}

function fail(raw: string, why: string): Read {
  return { ok: false, reason: `${quote(raw)} ${why}` };
}

/** A zod issue → a short phrase; an issue inside the value (the model config's name) names the value. */
function describeIssue(issue: $ZodIssue | undefined, label: string, max: number | null): string {
  if (issue && issue.path.length > 0 && issue.code !== 'invalid_value') {
    return `is not a valid ${label}`;
  }
  switch (issue?.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? `is shorter than ${issue.minimum} characters`
        : `is below the minimum ${issue.minimum.toLocaleString('en-US')}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `is longer than ${issue.maximum} characters`
        : `is above the maximum ${Math.min(Number(issue.maximum), max ?? Infinity).toLocaleString('en-US')}`;
    case 'invalid_value':
      return `is not a known ${label}`;
    case 'invalid_type':
      return issue.expected === 'int' ? 'is not a whole number' : `is not a valid ${label}`;
    default:
      return `is not a valid ${label}`;
  }
}

/** Any JSON value → base64url (RFC 4648 §5, unpadded) of its UTF-8 JSON text. */
function encodeJson(value: unknown): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(value))) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url JSON → the value, or undefined when it is not base64url, UTF-8 or JSON. */
function decodeJson(text: string): unknown {
  if (!BASE64URL.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}
