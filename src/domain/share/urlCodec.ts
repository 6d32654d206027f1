import * as z from 'zod/mini';
import {
  defaultAnswers,
  normalizeAnswers,
  scaleDefaultsFor,
  STEP_IDS,
  type Answers,
  type StepId,
} from '../recommend/answers';
import { MIGRATIONS, migrate, type Migrations } from './migrations';
import { readCustomModel } from '../recommend/customModel';
import { DONE_KEY, FIELD_PARAMS, KNOWN_KEYS, PARAMS, VERSION_KEY, type FieldParam } from './params';
import { encodeValue, quote, readField } from './values';
import { readVersion } from './version';

/**
 * Shareable links: the wizard's answers as short, readable parameters in the URL's fragment
 * (`#v=2&done=2&p=similarity&gpu=a100-80gb&tgt=q,v`), which browsers keep to themselves: a project
 * name or a pasted config never reaches the host's logs. Version 1 links carried the same
 * parameters in the query (`?v=1&…`); they are still read, through the 1 → 2 migration.
 * Fields equal to their default are left out; the scale fields whose default depends on the
 * purpose (`scaleDefaultsFor`) are left out when they equal that purpose's default, and a reader
 * fills them in the same way (`normalizeAnswers`). Reading validates every field with its step
 * schema: one bad field costs that field only (a bad `p` also sends the left-out purpose-dependent
 * scale fields to the chat defaults). Not kept exactly: -0 (read as 0) and lone UTF-16 surrogates
 * in text (read as U+FFFD).
 */

export { MIGRATIONS, type Migration, type Migrations } from './migrations';
export { PARAMS } from './params';
export { MAX_VALUE_LENGTH } from './values';

/** The link format written by `encodeAnswers`: parameters in the fragment. */
export const URL_VERSION = 2;

/** The last format that carried the answers in the query; a query without `v` is read as it. */
const QUERY_VERSION = 1;

const completedStepsSchema = z.int().check(z.minimum(0), z.maximum(STEP_IDS.length));

export interface DecodedAnswers {
  /** Always complete and valid: what the link said, with defaults for what it did not. */
  answers: Answers;
  /** Wizard steps completed, 0–5; 0 when absent or bad. */
  completedSteps: number;
  /** Parameters that were dropped or not used, each with why: `gpu ("gtx-9999" is not a known GPU)`. */
  ignored: string[];
  /**
   * True for a share link: it has a `v`, or known answer keys. False for an empty or unrelated
   * fragment or query, whose keys are then not reported.
   */
  hasAnswers: boolean;
  /** True when the link comes from a newer Tunewise: nothing in it was read. */
  newer: boolean;
}

/** Where a page's link keeps its answers. */
export interface LinkLocation {
  /** The query, with or without "?". */
  search: string;
  /** The fragment, with or without "#". */
  hash: string;
}

/**
 * Answers → the fragment's parameters without "#", e.g. `v=2&p=chat&gpu=rtx-4090`. Invalid fields
 * are written as their default; commas stay literal for readability. `completedSteps` is rounded
 * down and clamped to 0–5 (NaN → 0); 0 is left out.
 */
export function encodeAnswers(answers: Answers, completedSteps: number): string {
  const current = normalizeAnswers(answers).answers;
  const defaults = defaultsFor(current.task.purpose);
  const params = new URLSearchParams({ [VERSION_KEY]: String(URL_VERSION) });
  const done = clampSteps(completedSteps);
  if (done > 0) params.set(DONE_KEY, String(done));
  for (const param of FIELD_PARAMS) {
    const value = valueAt(current, param);
    if (!sameValue(value, valueAt(defaults, param))) {
      params.append(param.key, encodeValue(param.kind, value));
    }
  }
  return params.toString().replace(/%2C/g, ',');
}

/**
 * A page's address → answers: the fragment when it carries answers, else a version-1 query link.
 * Never throws; see `decodeAnswers`.
 */
export function decodeLink(location: LinkLocation): DecodedAnswers {
  const fromFragment = decodeAnswers(location.hash);
  if (fromFragment.hasAnswers) return fromFragment;
  return decodeAnswersWith(location.search, MIGRATIONS, URL_VERSION, QUERY_VERSION);
}

/**
 * Link parameters (with or without "?" or "#") → answers. Never throws. A bad, out-of-range,
 * unknown or over-long parameter is dropped and reported in `ignored`; of a repeated key the first
 * value counts. Without a `v` the parameters are read as the current version; a malformed `v`
 * costs itself only. A link of a newer version is not read at all (defaults, `v` reported).
 */
export function decodeAnswers(text: string): DecodedAnswers {
  return decodeAnswersWith(text, MIGRATIONS, URL_VERSION);
}

/**
 * `decodeAnswers` with given migrations, current version and the version assumed without a `v`,
 * so that tests can exercise migration paths that do not exist yet.
 */
export function decodeAnswersWith(
  text: string,
  migrations: Migrations,
  currentVersion: number = URL_VERSION,
  assumedVersion: number = currentVersion,
): DecodedAnswers {
  const params = new URLSearchParams(typeof text === 'string' ? text.replace(/^#/, '') : '');
  if (!params.has(VERSION_KEY) && !hasKnownKey(params)) return defaultsWith([], false, false);
  const { version, ignored, newer } = readVersion(params, assumedVersion, currentVersion);
  if (newer) return defaultsWith(ignored, true, true);
  const migrated = migrate(params, version, currentVersion, migrations);
  if (!migrated) {
    const reason = `version ${version} links can no longer be read`;
    return defaultsWith([`${VERSION_KEY} (${reason})`], true, false);
  }
  const decoded = readParams(migrated);
  return { ...decoded, ignored: [...ignored, ...decoded.ignored] };
}

/** Reads the answers of a link already in the current version's format. */
function readParams(params: URLSearchParams): DecodedAnswers {
  const ignored: string[] = [];
  const first = firstValues(params, ignored);
  const given: Record<StepId, Record<string, unknown>> = {
    task: {},
    hardware: {},
    scale: {},
    license: {},
    baseline: {},
  };
  for (const param of FIELD_PARAMS) {
    const raw = first.get(param.key);
    if (raw === undefined) continue;
    const read = readField(param, raw);
    if (read.ok) given[param.step][param.field] = read.value;
    else ignored.push(`${param.key} (${read.reason})`);
  }
  const completedSteps = readCompletedSteps(first.get(DONE_KEY), ignored);
  const answers = normalizeAnswers(given).answers;
  const unusable = unusableModel(answers);
  if (unusable) ignored.push(`${PARAMS.scale.customModel.key} (${unusable})`);
  return { answers, completedSteps, ignored, hasAnswers: true, newer: false };
}

/**
 * The first value of each key. Reports unknown keys, and keys repeated with a different value
 * (the first still counts), once each.
 */
function firstValues(params: URLSearchParams, ignored: string[]): Map<string, string> {
  const first = new Map<string, string>();
  const reported = new Set<string>();
  const report = (key: string, why: string) => {
    if (reported.has(key)) return;
    reported.add(key);
    ignored.push(`${key.length > 40 ? `${key.slice(0, 40)}…` : key} (${why})`);
  };
  for (const [key, value] of params) {
    if (key === VERSION_KEY) continue;
    const kept = first.get(key);
    if (!KNOWN_KEYS.has(key)) report(key, 'unknown parameter');
    else if (kept === undefined) first.set(key, value);
    else if (kept !== value)
      report(key, `repeated with a different value; the first, ${quote(kept)}, is kept`);
  }
  return first;
}

/** `done` → steps completed (0–5); a bad value is reported and reads as 0. */
function readCompletedSteps(raw: string | undefined, ignored: string[]): number {
  if (raw === undefined) return 0;
  const checked = completedStepsSchema.safeParse(/^\d{1,2}$/.test(raw) ? Number(raw) : NaN);
  if (checked.success) return checked.data;
  ignored.push(`${DONE_KEY} (${quote(raw)} is not a number of steps from 0 to ${STEP_IDS.length})`);
  return 0;
}

/**
 * Why the link's own model cannot be used, or null. The config stays in the answers (the scale
 * step shows it with the same message, so it can be fixed); the recommendation leaves it out.
 */
function unusableModel(answers: Answers): string | null {
  const custom = answers.scale.customModel;
  if (!custom) return null;
  const read = readCustomModel(custom);
  return read.ok ? null : `the model config ${quote(custom.name)} cannot be used: ${read.error}`;
}

function hasKnownKey(params: URLSearchParams): boolean {
  for (const key of params.keys()) if (KNOWN_KEYS.has(key)) return true;
  return false;
}

function defaultsWith(ignored: string[], hasAnswers: boolean, newer: boolean): DecodedAnswers {
  return { answers: defaultAnswers(), completedSteps: 0, ignored, hasAnswers, newer };
}

/** What a reader assumes for an absent field: the schema defaults, the purpose's scale defaults. */
function defaultsFor(purpose: Answers['task']['purpose']): Answers {
  const defaults = defaultAnswers();
  return { ...defaults, scale: { ...defaults.scale, ...scaleDefaultsFor(purpose) } };
}

function clampSteps(steps: number): number {
  if (!Number.isFinite(steps)) return 0;
  return Math.min(STEP_IDS.length, Math.max(0, Math.floor(steps)));
}

function valueAt(answers: Answers, param: FieldParam): unknown {
  const step: Record<string, unknown> = answers[param.step];
  return step[param.field];
}

/** Equality of answer values: primitives, string lists, the model config (plain JSON data). */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
