import type { TaskAnswers } from './answers';
import { isEncoderPurpose } from './purposes';

export type ModelVariant = 'base' | 'instruct' | 'task-tuned';

export interface VariantDecision {
  variant: ModelVariant;
  /** What the guide's rule suggests, before any choice of the user. */
  suggested: ModelVariant;
  userChose: boolean;
  reason: string;
}

/**
 * Base or instruct, by the guide's rule: a new language or specialised vocabulary → base (it has
 * to learn text, not manners); behaviour, tone and strict output formats → instruct (it already
 * follows directions). Chat always starts from instruct; embedding and reranking start from models
 * already trained for the task; classifiers from a pretrained (base) encoder.
 */
export function decideVariant(task: TaskAnswers): VariantDecision {
  if (task.purpose === 'similarity' || task.purpose === 'reranking') {
    return {
      variant: 'task-tuned',
      suggested: 'task-tuned',
      userChose: false,
      reason:
        task.purpose === 'similarity'
          ? 'Start from an embedding model already trained contrastively; fine-tuning adapts it to your queries and passages.'
          : 'Start from a reranker already trained on relevance pairs; fine-tuning adapts it to your documents.',
    };
  }
  if (isEncoderPurpose(task.purpose)) {
    return {
      variant: 'base',
      suggested: 'base',
      userChose: false,
      reason:
        'Classifiers start from a pretrained encoder; the classification head is new and learned in fine-tuning.',
    };
  }
  const suggested: ModelVariant =
    task.purpose === 'chat'
      ? 'instruct'
      : task.changeKind === 'new-language' || task.changeKind === 'domain-vocabulary'
        ? 'base'
        : 'instruct';
  const userChose = task.variant !== 'auto' && task.purpose !== 'chat';
  const variant = userChose ? (task.variant as ModelVariant) : suggested;
  const reasons: Record<string, string> = {
    chat: 'Chat starts from an instruct model: it already follows prompts, keeps dialogue context and answers in a well-formed way.',
    'new-language':
      'Teaching a new language is next-token learning on raw text, which is what a base model is built for.',
    'domain-vocabulary':
      'A specialised vocabulary is learned from raw domain text; a base model takes it without fighting an assistant persona.',
    behaviour:
      'Changing behaviour builds on a model that already follows directions: start from instruct.',
    'output-format':
      'Strict output formats such as JSON are easiest to enforce on an instruct model.',
  };
  const ruleReason = reasons[task.purpose === 'chat' ? 'chat' : task.changeKind] as string;
  return {
    variant,
    suggested,
    userChose,
    reason:
      userChose && variant !== suggested
        ? `You chose ${variant}. (The guide’s rule would suggest ${suggested}: ${ruleReason})`
        : ruleReason,
  };
}
