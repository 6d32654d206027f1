import { describe, expect, it } from 'vitest';
import { taskAnswersSchema } from './answers';
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
