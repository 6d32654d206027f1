import { normalizeAnswers, type Answers } from '../domain/recommend';

/** Version of the stored answers; bump it with a migration when their shape changes. */
export const STORAGE_VERSION = 1;

export interface PersistedWizard extends Answers {
  completed: number;
}

const clampSteps = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) ? Math.min(5, Math.max(0, value)) : 0;

/**
 * Stored answers of any version → the current shape. Version 1 is the first; older or unknown
 * shapes go through normalizeAnswers field by field, so a bad field costs that field only.
 * Future versions add a step here (e.g. `if (version < 2) state = fromV1(state)`).
 */
export function migratePersisted(persisted: unknown, _version: number): PersistedWizard {
  const record = (persisted ?? {}) as Record<string, unknown>;
  const { answers } = normalizeAnswers(record);
  return { ...answers, completed: clampSteps(record.completed) };
}
