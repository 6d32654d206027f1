import type { CatalogModel, Domain } from '../catalog/schema';
import type { Answers } from './answers';

/** How well a model's training matches the task, beyond its benchmark figures. */
export interface TaskFit {
  /** Points added to (or, when negative, taken from) the score; 0 when nothing special applies. */
  bonus: number;
  /**
   * Why the model must not lead this shortlist, or null. Demoted models rank after every
   * model that is not, whatever their score: a figure cannot buy back a mismatch of kind.
   */
  demoted: string | null;
  /** Sentences for the card. */
  reasons: string[];
}

const DOMAIN_WORDS: Record<Domain, string> = {
  general: 'general',
  code: 'code',
  medical: 'medical',
  legal: 'legal',
  scientific: 'scientific',
  finance: 'finance',
  other: 'your',
};

/** Domains where a long chain of thought before the answer pays for itself. */
const REASONING_DOMAINS: Domain[] = ['code', 'scientific', 'finance'];

/** Trained for code rather than for general text: a code strength without a general one. */
export function isCodeSpecialised(model: CatalogModel): boolean {
  return model.strengths.includes('code') && !model.strengths.includes('general');
}

/** A distilled reasoning model (DeepSeek-R1-Distill): reasoning strength without a general one. */
export function isReasoningDistill(model: CatalogModel): boolean {
  return model.strengths.includes('reasoning') && !model.strengths.includes('general');
}

/**
 * Domain and task fit: a code-specialised model does not lead a chat or writing shortlist outside
 * code; a reasoning distill is not the default for strict output formats, since it writes a long
 * chain of thought before the answer; code completion starts from a code-trained base model, best
 * one trained with fill-in-the-middle (FIM) so that it completes at the cursor.
 */
export function taskFit(model: CatalogModel, answers: Answers): TaskFit {
  const { purpose, domain, changeKind } = answers.task;
  if (purpose !== 'chat' && purpose !== 'text-generation') {
    return { bonus: 0, demoted: null, reasons: [] };
  }
  if (domain !== 'code' && isCodeSpecialised(model)) {
    return {
      bonus: 0,
      demoted: `Code-specialised: its training favours code over ${DOMAIN_WORDS[domain]} text, so a general model leads this shortlist.`,
      reasons: [],
    };
  }
  if (purpose === 'chat' && changeKind === 'output-format' && isReasoningDistill(model)) {
    return {
      bonus: 0,
      demoted:
        'A reasoning distill writes a long chain of thought before it answers, which strict JSON output has to strip or forbid; an instruct model is the safer start.',
      reasons: [],
    };
  }
  if (purpose === 'chat' && isReasoningDistill(model) && !REASONING_DOMAINS.includes(domain)) {
    return {
      bonus: -6,
      demoted: null,
      reasons: [
        'A reasoning distill thinks at length before each reply: slower and costlier per answer than an instruct model, for little gain outside maths, science and code.',
      ],
    };
  }
  if (purpose === 'text-generation' && domain === 'code') {
    if (model.fim) {
      const { prefix, suffix, middle } = model.fim.tokens;
      return {
        bonus: 12,
        demoted: null,
        reasons: [
          `Code-trained with fill-in-the-middle: lay training examples out as ${prefix}code before${suffix}code after${middle}the gap, the format it was trained on, so it completes at the cursor.`,
        ],
      };
    }
    if (!model.strengths.includes('code')) {
      return {
        bonus: 0,
        demoted:
          'Not code-trained: code completion starts from a code-trained base model, best one with fill-in-the-middle.',
        reasons: [],
      };
    }
    return {
      bonus: 4,
      demoted: null,
      reasons: [
        'Code-trained, but its card documents no fill-in-the-middle tokens: it completes left to right only.',
      ],
    };
  }
  return { bonus: 0, demoted: null, reasons: [] };
}
