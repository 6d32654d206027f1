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
  const codeCompletion = task.purpose === 'text-generation' && task.domain === 'code';
  const suggested: ModelVariant =
    task.purpose === 'chat'
      ? 'instruct'
      : codeCompletion ||
          task.changeKind === 'new-language' ||
          task.changeKind === 'domain-vocabulary'
        ? 'base'
        : 'instruct';
  const userChose = task.variant !== 'auto' && task.purpose !== 'chat';
  const variant = userChose ? (task.variant as ModelVariant) : suggested;
  const reasons: Record<string, string> = {
    'new-language':
      'Teaching a new language is next-token learning on raw text, which is what a base model is built for.',
    'domain-vocabulary':
      'A specialised vocabulary is learned from raw domain text; a base model takes it without fighting an assistant persona.',
    behaviour:
      'Changing behaviour builds on a model that already follows directions: start from instruct.',
    'output-format':
      'Strict output formats such as JSON are easiest to enforce on an instruct model.',
  };
  const ruleReason =
    task.purpose === 'chat'
      ? chatReason(task)
      : codeCompletion
        ? CODE_COMPLETION_REASON
        : (reasons[task.changeKind] as string);
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

const CODE_COMPLETION_REASON =
  'Code completion starts from a code-trained base model: it continues code rather than answering about it, and the ones trained with fill-in-the-middle complete at the cursor, seeing the code after it too. An instruct model is for chat about code.';

/**
 * Why chat starts from instruct even when the change is a new language or a vocabulary (which
 * the guide would give a base model), and what to do about it; a base choice is answered, not
 * ignored.
 */
function chatReason(task: TaskAnswers): string {
  const chosen =
    task.variant === 'base'
      ? 'You chose base, but a chat model has to end up following instructions, so the shortlist holds instruct models. '
      : '';
  if (task.changeKind === 'new-language') {
    return `${chosen}Chat starts from an instruct model. A new language is raw-text learning, which the guide gives a base model: either pick an instruct model that already covers the language and fine-tune it on chat data in it, or continue pretraining a base model on text in the language and then chat-tune it, which needs far more data and compute.`;
  }
  if (task.changeKind === 'domain-vocabulary') {
    return `${chosen}Chat starts from an instruct model. A specialised vocabulary is raw-text learning, which the guide gives a base model: fine-tune the instruct model on domain dialogues, or continue pretraining on domain text first and then chat-tune.`;
  }
  return `${chosen}Chat starts from an instruct model: it already follows prompts, keeps dialogue context and answers in a well-formed way.`;
}
