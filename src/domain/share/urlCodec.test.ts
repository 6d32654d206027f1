import { describe, expect, it } from 'vitest';
import {
  answersSchema,
  defaultAnswers,
  normalizeAnswers,
  type Answers,
} from '../recommend/answers';
import { FIELD_PARAMS, KNOWN_KEYS } from './params';
import type { ZodMiniObject } from 'zod/mini';
import { innerSchema } from './schemaShape';
import {
  decodeAnswers,
  decodeAnswersWith,
  decodeLink,
  encodeAnswers,
  MIGRATIONS,
  URL_VERSION,
  type Migrations,
} from './urlCodec';

/** A realistic 17-field config of a mixture-of-experts model, as a user would paste it. */
const MOE_CONFIG = {
  architectures: ['Qwen2MoeForCausalLM'],
  model_type: 'qwen2_moe',
  vocab_size: 151936,
  hidden_size: 2048,
  intermediate_size: 5632,
  moe_intermediate_size: 1408,
  shared_expert_intermediate_size: 5632,
  num_hidden_layers: 24,
  num_attention_heads: 16,
  num_key_value_heads: 16,
  max_position_embeddings: 8192,
  num_experts: 60,
  num_experts_per_tok: 4,
  mlp_only_layers: [],
  tie_word_embeddings: false,
  hidden_act: 'silu',
  torch_dtype: 'bfloat16',
};

/** Every field changed from its default, at its longest realistic value. */
const LONGEST: Answers = {
  task: {
    purpose: 'multi-label-classification',
    variant: 'instruct',
    changeKind: 'domain-vocabulary',
    languages: 'multilingual',
    domain: 'scientific',
    labelCount: 10_000,
    projectName: 'Zuordnung wissenschaftlicher Abstracts (DE/EN) zu MeSH-Schlagwörtern, Pilot Q3 2',
  },
  hardware: {
    gpuId: 'custom',
    customGpuGb: 1536.5,
    gpuCount: 64,
    sharding: true,
    deploymentTarget: 'other-gpu',
    servingGpuId: 'rtx-4060-ti-16gb',
    customServingGb: 3071.25,
  },
  scale: {
    sizeBand: 'encoder-large',
    pinnedModel: 'sentence-transformers/paraphrase-multilingual-mpnet-base-v2',
    compareModels: [
      'sentence-transformers/paraphrase-multilingual-mpnet-base-v2',
      'Alibaba-NLP/gte-multilingual-base',
      'intfloat/multilingual-e5-large-instruct',
      'custom',
    ],
    method: 'qlora',
    trainingSeqLen: 262_144,
    batchSize: 512,
    loraRank: 1024,
    loraTargets: ['q', 'k', 'v', 'o', 'gate', 'up'],
    gradientCheckpointing: 'offload',
    lossKernel: 'liger',
    optimizer: 'paged-adamw-8bit',
    launcher: 'zero3',
    cpuOffload: 'optimizer+params',
    packing: true,
    hardNegatives: 64,
    moeLoraTargets: 'experts',
    contextWindow: 1_048_576,
    concurrency: 1024,
    customModel: { name: 'acme-labs/qwen1.5-moe-a2.7b-mesh-labeler-2025-09', config: MOE_CONFIG },
    datasetExamples: 999_999_999,
    tokensPerExample: 1_048_575,
    epochs: 12.75,
    headroomPercent: 37.5,
    gpuHourPrice: 123.45,
    gpuPrices: ['h100-80gb:2.39', 'a100-80gb:1.64', 'l40s:0.86', 'rtx-4090:0.69'],
  },
  license: {
    intendedUse: 'research',
    userScale: '100m-700m',
    attributionOk: false,
    redistributeWeights: true,
  },
  baseline: { floor: 62.75, target: 87.125, heldOutSize: 10_000_000 },
};

/** The default answers (with the purpose's scale defaults) with some fields replaced. */
function answersWith(changes: { [S in keyof Answers]?: Partial<Answers[S]> }): Answers {
  const { answers, ignored } = normalizeAnswers(changes);
  expect(ignored).toEqual([]);
  return answers;
}

describe('encodeAnswers', () => {
  it('writes only the version for the default answers', () => {
    expect(encodeAnswers(defaultAnswers(), 0)).toBe('v=2');
  });

  it('writes short readable params, commas literal, booleans as 1/0', () => {
    const answers = answersWith({
      hardware: { gpuId: 'a100-80gb', sharding: true },
      scale: { loraTargets: ['q', 'v'] },
      task: { projectName: 'Support bot' },
    });
    expect(encodeAnswers(answers, 2)).toBe(
      'v=2&done=2&name=Support+bot&gpu=a100-80gb&shard=1&tgt=q,v',
    );
  });

  it('leaves out the scale fields that follow the purpose, and writes those that do not', () => {
    const encoderDefaults = answersWith({ task: { purpose: 'reranking' } });
    expect(encoderDefaults.scale.trainingSeqLen).toBe(512);
    expect(encodeAnswers(encoderDefaults, 0)).toBe('v=2&p=reranking');
    const chatValues = answersWith({
      task: { purpose: 'reranking' },
      scale: { trainingSeqLen: 2048, batchSize: 8 },
    });
    const encoded = encodeAnswers(chatValues, 0);
    expect(encoded).toBe('v=2&p=reranking&seq=2048&bs=8');
    expect(decodeAnswers(encoded).answers).toEqual(chatValues);
  });

  it('rounds down and clamps the completed steps to 0–5', () => {
    expect(decodeAnswers(encodeAnswers(defaultAnswers(), 9)).completedSteps).toBe(5);
    expect(decodeAnswers(encodeAnswers(defaultAnswers(), 3.7)).completedSteps).toBe(3);
    expect(encodeAnswers(defaultAnswers(), Number.NaN)).toBe('v=2');
  });

  it('keeps a fully answered wizard with a custom model, a pin and four compared models under 1,700 characters', () => {
    expect(LONGEST.task.projectName).toHaveLength(80);
    expect(Object.keys(MOE_CONFIG).length).toBeGreaterThanOrEqual(15);
    expect(answersSchema.parse(LONGEST)).toEqual(LONGEST);
    const encoded = encodeAnswers(LONGEST, 5);
    console.info(`Longest realistic share link query: ${encoded.length} characters`);
    expect(encoded.length).toBeLessThan(1700);
    expect(decodeAnswers(encoded)).toEqual({
      answers: LONGEST,
      completedSteps: 5,
      ignored: [],
      hasAnswers: true,
      newer: false,
    });
  });
});

describe('decodeAnswers', () => {
  const valid = 'v=2&p=similarity&n=4&dep=edge&r=32';

  it('drops exactly the two bad fields and keeps the rest', () => {
    const decoded = decodeAnswers(`${valid}&gpu=gtx-9999&seq=-5`);
    expect(decoded.ignored).toEqual([
      'gpu ("gtx-9999" is not a known GPU)',
      'seq ("-5" is below the minimum 64)',
    ]);
    expect(decoded.answers.hardware).toMatchObject({ gpuId: 'rtx-4090', gpuCount: 4 });
    expect(decoded.answers.hardware.deploymentTarget).toBe('edge');
    expect(decoded.answers.scale).toMatchObject({ trainingSeqLen: 512, loraRank: 32 });
    expect(decoded.answers.task.purpose).toBe('similarity');
  });

  it('names why a number is refused', () => {
    const decoded = decodeAnswers('v=1&n=2.5&bs=Infinity&held=0x10&labels=99999&floor=12');
    expect(decoded.ignored).toEqual([
      'labels ("99999" is above the maximum 10,000)',
      'n ("2.5" is not a whole number)',
      'bs ("Infinity" is not a number)',
      'held ("0x10" is not a number)',
    ]);
    expect(decoded.answers.baseline.floor).toBe(12);
  });

  it('reads an empty number as none where the field allows none', () => {
    const decoded = decodeAnswers('v=1&floor=&n=');
    expect(decoded.answers.baseline.floor).toBeNull();
    expect(decoded.ignored).toEqual(['n ("" is not a valid GPU count)']);
  });

  it('gives a bad purpose the chat defaults, left-out scale fields included', () => {
    const decoded = decodeAnswers('v=1&p=poetry&seq=4096&r=8');
    expect(decoded.ignored).toEqual(['p ("poetry" is not a known purpose)']);
    expect(decoded.answers.task.purpose).toBe('chat');
    expect(decoded.answers.scale).toMatchObject({ trainingSeqLen: 4096, contextWindow: 8192 });
  });

  it('reports an unknown key and keeps the known ones', () => {
    const decoded = decodeAnswers(`${valid}&colour=blue`);
    expect(decoded.ignored).toEqual(['colour (unknown parameter)']);
    expect(decoded.answers.scale.loraRank).toBe(32);
  });

  it('keeps the first of a repeated key and reports it only when the values differ', () => {
    const decoded = decodeAnswers(`${valid}&gpu=h100-80gb&gpu=t4&gpu=t4&r=32`);
    expect(decoded.answers.hardware.gpuId).toBe('h100-80gb');
    expect(decoded.ignored).toEqual([
      'gpu (repeated with a different value; the first, "h100-80gb", is kept)',
    ]);
  });

  it('reads nothing from a link of a well-formed newer version', () => {
    for (const version of ['99', '3']) {
      const decoded = decodeAnswers(`v=${version}&gpu=h100-80gb`);
      expect(decoded.answers).toEqual(defaultAnswers());
      expect(decoded.newer).toBe(true);
      expect(decoded.hasAnswers).toBe(true);
    }
    expect(decodeAnswers('v=99').ignored).toEqual([
      'v ("99" is from a newer version of Tunewise, which reads version 2)',
    ]);
  });

  it('counts a malformed v as one bad field and reads the rest', () => {
    for (const version of ['abc', '0', '', '1.0', ' 1', '-2', '0x2']) {
      const decoded = decodeAnswers(`v=${encodeURIComponent(version)}&gpu=h100-80gb&done=2`);
      expect(decoded.newer).toBe(false);
      expect(decoded.answers.hardware.gpuId).toBe('h100-80gb');
      expect(decoded.completedSteps).toBe(2);
      expect(decoded.ignored).toEqual([
        `v (${JSON.stringify(version)} is not a link version; read as version 2)`,
      ]);
    }
  });

  it('keeps the answers of a link with a repeated v', () => {
    for (const extra of ['v=3', 'v=1', 'v=abc', 'v=']) {
      const decoded = decodeAnswers(`v=2&gpu=h100-80gb&done=3&${extra}`);
      expect(decoded.newer).toBe(false);
      expect(decoded.answers.hardware.gpuId).toBe('h100-80gb');
      expect(decoded.completedSteps).toBe(3);
      expect(decoded.ignored).toHaveLength(1);
      expect(decoded.ignored[0]).toMatch(/^v \(repeated with .*; version 2 is kept\)$/);
    }
    expect(decodeAnswers('v=2&v=2&gpu=t4').ignored).toEqual([]);
    // A newer v first does not hide a readable one after it.
    expect(decodeAnswers('v=7&gpu=t4&v=2').answers.hardware.gpuId).toBe('t4');
  });

  it('gives defaults and no report for an empty or unrelated query', () => {
    for (const search of ['', '?', '#', '?utm_source=newsletter&ref=x', '&&=']) {
      expect(decodeAnswers(search)).toEqual({
        answers: defaultAnswers(),
        completedSteps: 0,
        ignored: [],
        hasAnswers: false,
        newer: false,
      });
    }
  });

  it('reads a fragment without a version as the current version', () => {
    const decoded = decodeAnswers('#gpu=a100-80gb&done=2');
    expect(decoded.hasAnswers).toBe(true);
    expect(decoded.answers.hardware.gpuId).toBe('a100-80gb');
    expect(decoded.completedSteps).toBe(2);
    expect(decoded.ignored).toEqual([]);
  });

  it('accepts a leading "?", "all" targets, and survives bad percent-encoding', () => {
    expect(decodeAnswers(`?${valid}&tgt=all`).answers.scale.loraTargets).toHaveLength(7);
    const decoded = decodeAnswers('v=2&name=%E0%A4%A&gpu=%zz&p=chat');
    expect(decoded.answers.task.projectName).toContain('\uFFFD');
    expect(decoded.ignored).toEqual(['gpu ("%zz" is not a known GPU)']);
  });

  it('drops a value longer than 2,000 characters', () => {
    const decoded = decodeAnswers(`v=2&name=${'a'.repeat(2001)}&cm=${'A'.repeat(3000)}&r=8`);
    expect(decoded.ignored).toEqual([
      'name (longer than 2,000 characters)',
      'cm (longer than 2,000 characters)',
    ]);
    expect(decoded.answers.scale.loraRank).toBe(8);
  });

  it('reports a custom model that is not base64url JSON or not a valid config', () => {
    const notConfig = btoa(JSON.stringify({ name: '', config: {} })).replace(/=+$/, '');
    const decoded = decodeAnswers(`v=2&cm=%%%&r=8`);
    expect(decoded.ignored).toEqual(['cm ("%%%" is not a readable model config)']);
    expect(decodeAnswers(`v=2&cm=${notConfig}`).ignored).toEqual([
      `cm ("${notConfig}" is not a valid model config)`,
    ]);
    expect(decodeAnswers('v=2&cm=e30').answers.scale.customModel).toBeNull();
  });

  it('reports a bad completed-steps count and reads it as 0', () => {
    const decoded = decodeAnswers('v=2&done=6&r=8');
    expect(decoded.completedSteps).toBe(0);
    expect(decoded.ignored).toEqual(['done ("6" is not a number of steps from 0 to 5)']);
  });
});

describe('migrations', () => {
  /** A pretend version 2 that renamed `gpuid` (version 1) to `gpu`. */
  const renameGpu: Migrations = {
    1: (params) => {
      const next = new URLSearchParams(params);
      const gpu = next.get('gpuid');
      next.delete('gpuid');
      if (gpu !== null) next.set('gpu', gpu);
      return next;
    },
  };

  it('has a migration from every older version, so every link ever written still opens', () => {
    for (let version = 1; version < URL_VERSION; version += 1) {
      expect(MIGRATIONS[version], `migration from version ${version}`).toBeTypeOf('function');
    }
    expect(decodeAnswers('v=1&gpu=t4').answers.hardware.gpuId).toBe('t4');
  });

  it('runs the migrations from the link’s version up to the current one', () => {
    const old = decodeAnswersWith('v=1&gpuid=a100-80gb&r=8', renameGpu, 2);
    expect(old.ignored).toEqual([]);
    expect(old.answers.hardware.gpuId).toBe('a100-80gb');
    const current = decodeAnswersWith('v=2&gpuid=a100-80gb', renameGpu, 2);
    expect(current.ignored).toEqual(['gpuid (unknown parameter)']);
  });

  it('chains migrations in order', () => {
    const chain: Migrations = {
      1: (params) => new URLSearchParams(params.toString().replace('old=', 'gpuid=')),
      2: renameGpu[1]!,
    };
    expect(decodeAnswersWith('v=1&old=t4', chain, 3).answers.hardware.gpuId).toBe('t4');
  });

  it('reads nothing from a version with no migration path', () => {
    const decoded = decodeAnswersWith('v=1&gpu=t4', {}, 2);
    expect(decoded.answers).toEqual(defaultAnswers());
    expect(decoded.ignored).toEqual(['v (version 1 links can no longer be read)']);
  });
});

describe('the parameter table', () => {
  it('gives every answer field its own key, distinct from v and done', () => {
    const keys = FIELD_PARAMS.map((param) => param.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(KNOWN_KEYS.size).toBe(keys.length + 2);
    const fields = Object.values(answersSchema.shape).flatMap((step) =>
      Object.keys((innerSchema(step) as unknown as ZodMiniObject).shape),
    );
    expect(keys).toHaveLength(fields.length);
  });
});

describe('decodeLink: version 2 moved the answers to the fragment', () => {
  const answers = normalizeAnswers({
    task: { purpose: 'similarity', projectName: 'Support search' },
    hardware: { gpuId: 'a100-80gb', gpuCount: 2 },
    scale: { loraRank: 32 },
  }).answers;
  const fragment = encodeAnswers(answers, 4);

  it('reads a version-1 query link, written before the move, as the same answers', () => {
    const v1Query = `?${fragment.replace('v=2', 'v=1')}`;
    const fromQuery = decodeLink({ search: v1Query, hash: '' });
    expect(fromQuery.ignored).toEqual([]);
    expect(fromQuery.answers).toEqual(answers);
    expect(fromQuery.completedSteps).toBe(4);
    expect(decodeLink({ search: '', hash: `#${fragment}` })).toEqual(fromQuery);
  });

  it('reads a version-1 query without v, as the first links were written', () => {
    const decoded = decodeLink({ search: '?gpu=t4&done=1', hash: '' });
    expect(decoded.answers.hardware.gpuId).toBe('t4');
    expect(decoded.completedSteps).toBe(1);
  });

  it('prefers the fragment when both carry answers, and ignores unrelated fragments', () => {
    const both = decodeLink({ search: '?v=1&gpu=t4', hash: '#v=2&gpu=l4' });
    expect(both.answers.hardware.gpuId).toBe('l4');
    const anchor = decodeLink({ search: '?v=1&gpu=t4', hash: '#top' });
    expect(anchor.answers.hardware.gpuId).toBe('t4');
    expect(decodeLink({ search: '', hash: '' }).hasAnswers).toBe(false);
  });
});

describe('decodeAnswers: a model config that cannot be used', () => {
  const link = (config: Record<string, unknown>) =>
    encodeAnswers(
      normalizeAnswers({ scale: { customModel: { name: 'Mine', config } } }).answers,
      3,
    );

  it.each([
    ['10^12 layers', { ...MOE_CONFIG, num_hidden_layers: 1e12 }],
    ['heads that do not divide', { ...MOE_CONFIG, num_attention_heads: 15 }],
    ['no vocab_size', { ...MOE_CONFIG, vocab_size: undefined }],
  ])('is kept for the scale step and reported in the link notice (%s)', (_, config) => {
    const decoded = decodeAnswers(
      link(JSON.parse(JSON.stringify(config)) as Record<string, unknown>),
    );
    expect(decoded.answers.scale.customModel?.name).toBe('Mine');
    expect(decoded.ignored).toHaveLength(1);
    expect(decoded.ignored[0]).toMatch(/^cm \(the model config "Mine" cannot be used: .+\)$/s);
  });

  it('says nothing of a config the engine reads', () => {
    expect(decodeAnswers(link(MOE_CONFIG)).ignored).toEqual([]);
  });
});

describe('decodeAnswers: numbers past the safe-integer range', () => {
  it('names the field’s own maximum, not 9,007,199,254,740,991', () => {
    const decoded = decodeAnswers('v=2&n=9007199254740993&held=99999999999999999999');
    expect(decoded.ignored).toEqual([
      'n ("9007199254740993" is above the maximum 64)',
      'held ("99999999999999999999" is above the maximum 10,000,000)',
    ]);
  });
});
