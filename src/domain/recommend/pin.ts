import { findModel } from '../catalog/models';
import { CUSTOM_MODEL_ID, type Answers } from './answers';
import type { Candidate } from './candidates';
import { PURPOSES } from './purposes';

/** A model the user chose over the ranking, now the plan. */
export interface PinState {
  id: string;
  name: string;
  /** The ranking's first, which the plan follows without the pin; null when none qualifies. */
  ranked: { id: string; name: string } | null;
}

export interface ResolvedPin {
  /** The pinned model's candidate, or null: no pin, or one that cannot be used. */
  candidate: Candidate | null;
  pin: PinState | null;
  /** Why a pin in the answers was not used; the plan then follows the ranking. */
  error: string | null;
}

/**
 * The pinned model among the models evaluated for these answers (`models`: the purpose's catalog
 * models, then the pasted one), or why it cannot be the plan: an id Tunewise does not know, a
 * model for another purpose or variant, a pasted config that is missing or unreadable. Never
 * throws; a bad pin costs the pin only.
 */
export function resolvePin(
  answers: Answers,
  models: readonly Candidate[],
  ranked: Candidate | null,
): ResolvedPin {
  const id = answers.scale.pinnedModel;
  if (id === null) return { candidate: null, pin: null, error: null };
  const candidate = models.find((model) => model.id === id) ?? null;
  if (candidate) {
    const rankedFirst = ranked ? { id: ranked.id, name: ranked.name } : null;
    return { candidate, pin: { id, name: candidate.name, ranked: rankedFirst }, error: null };
  }
  const error = `The model chosen as the plan cannot be used: ${unavailableReason(id, answers)}; the plan follows the ranking instead.`;
  return { candidate: null, pin: null, error };
}

/**
 * Why a model id named in the answers (pinned or compared) is not among the evaluated models, as
 * a clause: an unknown id, a model for another purpose or variant, a missing or unreadable config.
 */
export function unavailableReason(id: string, answers: Answers): string {
  if (id === CUSTOM_MODEL_ID) {
    const custom = answers.scale.customModel;
    return custom
      ? `the config.json of your own model “${custom.name}” cannot be read`
      : 'your answers hold no config.json of your own';
  }
  const model = findModel(id);
  if (!model) return `“${id}” is not a model Tunewise knows`;
  const purpose = PURPOSES[answers.task.purpose].label.toLowerCase();
  return `${model.name} is not a candidate for ${purpose} with your answers`;
}
