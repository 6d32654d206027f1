import { NEAR_MISS_REQUEST } from './nearMiss.testing';
import { describe, expect, it } from 'vitest';
import { answerSections, exportMarkdown, toExportDocument } from '../export';
import { trainingSetup } from '../export/trainingSetup';
import { decodeAnswers, encodeAnswers } from '../share/urlCodec';
import { normalizeAnswers, type Answers } from './answers';
import { recommend } from './recommend';
import { PASTED_3B } from './pastedModel.testing';

function answersWith(scale: Partial<Answers['scale']>, rest: Partial<Answers> = {}): Answers {
  return normalizeAnswers({ ...rest, scale: { ...NEAR_MISS_REQUEST, ...scale } }).answers;
}

/** The same answers through a share link and back. */
const viaLink = (answers: Answers) => decodeAnswers(encodeAnswers(answers, 5));

const ranking = recommend({ scale: NEAR_MISS_REQUEST });
/** A near miss with a plan: it fits the GPU but misses another gate. */
const nearMiss = ranking.nearMisses.find((candidate) => candidate.training.plan)!;

describe('pinning a catalog model', () => {
  it('makes a near miss the plan: decision, settings, serving, charts and exports follow it', () => {
    const rec = recommend(answersWith({ pinnedModel: nearMiss.id }));
    expect(rec.top?.id).toBe(nearMiss.id);
    expect(rec.top?.training.plan).toEqual(nearMiss.training.plan);
    expect(rec.pin).toEqual({
      id: nearMiss.id,
      name: nearMiss.name,
      ranked: { id: ranking.shortlist[0]!.id, name: ranking.shortlist[0]!.name },
    });
    expect(rec.decision).toContain(`Fine-tune ${nearMiss.name} (your choice; the ranking puts`);
    expect(rec.deployment?.modelName).toBe(nearMiss.name);
    expect(rec.charts.memoryByContext?.modelName).toBe(nearMiss.name);
    expect(rec.charts.memoryByMethod.bars.map((bar) => bar.modelId)).toContain(nearMiss.id);
    expect(trainingSetup(rec)?.modelId).toBe(nearMiss.id);
    expect(toExportDocument(rec).recommendation.topId).toBe(nearMiss.id);
    // The ranking itself does not move.
    expect(rec.shortlist.map((c) => c.id)).toEqual(ranking.shortlist.map((c) => c.id));
  });

  it('makes the third of the shortlist the plan, and unpinning returns to the ranking', () => {
    const third = ranking.shortlist[2]!;
    const pinned = recommend(answersWith({ pinnedModel: third.id }));
    expect(pinned.top?.id).toBe(third.id);
    expect(pinned.decision).toMatch(new RegExp(`^Fine-tune ${third.name} \\(your choice`));
    const unpinned = recommend(answersWith({ pinnedModel: null }));
    expect(unpinned.top?.id).toBe(ranking.shortlist[0]!.id);
    expect(unpinned.pin).toBeNull();
    expect(unpinned.decision).toBe(ranking.decision);
  });

  it('says plainly when the pinned model does not fit', () => {
    const tooBig = ranking.nearMisses.find((candidate) => !candidate.training.plan)!;
    const rec = recommend(answersWith({ pinnedModel: tooBig.id }));
    expect(rec.top?.id).toBe(tooBig.id);
    expect(rec.decision).toBe(
      `${tooBig.name}, the model you chose, does not fit: ${tooBig.whyNot[0]}`,
    );
    expect(trainingSetup(rec)).toBeNull();
  });

  it('is named among the answers, and the Markdown export plans with it', () => {
    const rec = recommend(answersWith({ pinnedModel: nearMiss.id }));
    const scale = answerSections(rec).find((section) => section.step === 'scale')!;
    expect(scale.lines).toContainEqual({
      label: 'Model you chose for the plan',
      value: nearMiss.name,
    });
    const markdown = exportMarkdown(rec, { link: 'https://example.test/', date: '2026-01-01' });
    expect(markdown).toContain(rec.decision);
    expect(markdown).toContain(`## Obligations of the ${nearMiss.license!.name}`);
    const unknown = recommend(answersWith({ pinnedModel: 'acme/no-such-model' }));
    expect(answerSections(unknown).find((s) => s.step === 'scale')!.lines).toContainEqual({
      label: 'Model you chose for the plan',
      value: 'acme/no-such-model, not used',
    });
  });

  it('survives the share link round trip', () => {
    const answers = answersWith({ pinnedModel: nearMiss.id });
    const decoded = viaLink(answers);
    expect(decoded.ignored).toEqual([]);
    expect(decoded.answers.scale.pinnedModel).toBe(nearMiss.id);
    expect(encodeAnswers(answers, 5)).toContain(`pin=${encodeURIComponent(nearMiss.id)}`);
    expect(recommend(decoded.answers).top?.id).toBe(nearMiss.id);
  });
});

describe('pinning a pasted config.json', () => {
  const answers = answersWith({
    pinnedModel: 'custom',
    customModel: { name: 'My 3B', config: PASTED_3B },
  });

  it('gets a full plan: method, settings, serving and exports, with no licence', () => {
    const rec = recommend(answers);
    expect(rec.top).toMatchObject({ id: 'custom', name: 'My 3B', custom: true, license: null });
    expect(rec.top?.training.plan?.method).toBe('lora');
    expect(rec.decision).toMatch(
      /^Fine-tune My 3B \(your choice; the ranking puts .+ first\) with/,
    );
    expect(rec.deployment?.modelName).toBe('My 3B');
    expect(trainingSetup(rec)?.modelId).toBe('My 3B');
    expect(trainingSetup(rec)?.modelType).toBeNull();
  });

  it('survives the share link round trip', () => {
    const decoded = viaLink(answers);
    expect(decoded.ignored).toEqual([]);
    const rec = recommend(decoded.answers);
    expect(rec.top?.name).toBe('My 3B');
    expect(rec.top?.training.plan).toEqual(recommend(answers).top?.training.plan);
  });

  it('falls back to the ranking when the config is gone or broken', () => {
    const gone = recommend(answersWith({ pinnedModel: 'custom' }));
    expect(gone.top?.id).toBe(ranking.shortlist[0]!.id);
    expect(gone.pinError).toBe(
      'The model chosen as the plan cannot be used: your answers hold no config.json of your own; the plan follows the ranking instead.',
    );
    const broken = recommend(
      answersWith({
        pinnedModel: 'custom',
        customModel: { name: 'Broken', config: { model_type: 'llama' } },
      }),
    );
    expect(broken.top?.id).toBe(ranking.shortlist[0]!.id);
    expect(broken.pinError).toMatch(
      /cannot be used: the config.json of your own model “Broken” cannot be read;/,
    );
  });
});

describe('a bad pin in a link', () => {
  it('names an unknown id, follows the ranking and keeps the other answers', () => {
    const decoded = decodeAnswers('v=2&done=5&gpu=a100-80gb&r=32&pin=acme/no-such-model');
    expect(decoded.answers.hardware.gpuId).toBe('a100-80gb');
    expect(decoded.answers.scale.loraRank).toBe(32);
    const rec = recommend(decoded.answers);
    expect(rec.pin).toBeNull();
    expect(rec.pinError).toBe(
      'The model chosen as the plan cannot be used: “acme/no-such-model” is not a model Tunewise knows; the plan follows the ranking instead.',
    );
    expect(rec.top?.id).toBe(
      recommend({ hardware: { gpuId: 'a100-80gb' }, scale: { loraRank: 32 } }).top?.id,
    );
  });

  it('drops a malformed id with the link’s message, and the rest of the link holds', () => {
    const decoded = decodeAnswers('v=2&gpu=a100-80gb&pin=%3Cscript%3E');
    expect(decoded.ignored).toEqual(['pin ("<script>" is not a valid model id)']);
    expect(decoded.answers.scale.pinnedModel).toBeNull();
    expect(decoded.answers.hardware.gpuId).toBe('a100-80gb');
  });

  it('names a known model that is not a candidate for the purpose', () => {
    const rec = recommend(answersWith({ pinnedModel: 'google-bert/bert-base-uncased' }));
    expect(rec.top?.id).toBe(ranking.shortlist[0]!.id);
    expect(rec.pinError).toMatch(
      /cannot be used: BERT.* is not a candidate for chat with your answers;/,
    );
  });
});
