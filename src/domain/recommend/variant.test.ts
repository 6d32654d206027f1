import { describe, expect, it } from 'vitest';
import { normalizeAnswers, taskAnswersSchema, type TaskAnswers } from './answers';
import { decideVariant } from './variant';

const decide = (task: object) => decideVariant(taskAnswersSchema.parse(task));

describe('base or instruct', () => {
  it('uses instruct for chat, whatever is changed', () => {
    expect(decide({ purpose: 'chat', changeKind: 'new-language' }).variant).toBe('instruct');
  });

  it('follows the guide for text generation: new language or vocabulary → base; behaviour or format → instruct', () => {
    expect(decide({ purpose: 'text-generation', changeKind: 'new-language' }).variant).toBe('base');
    expect(decide({ purpose: 'text-generation', changeKind: 'domain-vocabulary' }).variant).toBe(
      'base',
    );
    expect(decide({ purpose: 'text-generation', changeKind: 'behaviour' }).variant).toBe(
      'instruct',
    );
    expect(decide({ purpose: 'text-generation', changeKind: 'output-format' }).reason).toMatch(
      /JSON/,
    );
  });

  it('respects the user’s choice and says what the rule would suggest', () => {
    const decision = decide({
      purpose: 'text-generation',
      changeKind: 'new-language',
      variant: 'instruct',
    });
    expect(decision).toMatchObject({ variant: 'instruct', suggested: 'base', userChose: true });
    expect(decision.reason).toMatch(/would suggest base/);
  });

  it('starts embedding and reranking from task-tuned models, classifiers from base encoders', () => {
    expect(decide({ purpose: 'similarity' }).variant).toBe('task-tuned');
    expect(decide({ purpose: 'reranking' }).variant).toBe('task-tuned');
    expect(decide({ purpose: 'multi-label-classification' }).variant).toBe('base');
  });
});

describe('chat in a new language or vocabulary', () => {
  const task = (changeKind: TaskAnswers['changeKind'], variant: TaskAnswers['variant'] = 'auto') =>
    normalizeAnswers({ task: { purpose: 'chat', changeKind, variant } }).answers.task;

  it('explains why chat starts from instruct, and how to teach the language', () => {
    const decision = decideVariant(task('new-language'));
    expect(decision.variant).toBe('instruct');
    expect(decision.reason).toMatch(
      /A new language is raw-text learning, which the guide gives a base model/,
    );
    expect(decision.reason).toMatch(/continue pretraining a base model on text in the language/);
  });

  it('answers a base choice instead of ignoring it', () => {
    const decision = decideVariant(task('new-language', 'base'));
    expect(decision.reason).toMatch(
      /^You chose base, but a chat model has to end up following instructions/,
    );
  });

  it('gives a vocabulary change its own advice', () => {
    expect(decideVariant(task('domain-vocabulary')).reason).toMatch(
      /continue pretraining on domain text/,
    );
    expect(decideVariant(task('behaviour')).reason).toMatch(
      /^Chat starts from an instruct model: it already follows prompts/,
    );
  });
});
