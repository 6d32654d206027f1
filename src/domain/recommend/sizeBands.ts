import type { Answers, SizeBandId } from './answers';
import { isEncoderPurpose } from './purposes';

export interface SizeBand {
  id: SizeBandId;
  label: string;
  /** Parameter range, inclusive below, exclusive above. */
  minParameters: number;
  maxParameters: number;
  family: 'encoder' | 'decoder';
  useCase: string;
}

/**
 * The guide's size bands for decoders, plus encoder sizes and 70B for completeness. Each label
 * states the range its members come from (a 4B model sits in the first band, and says so).
 */
export const SIZE_BANDS: readonly SizeBand[] = [
  {
    id: 'encoder-base',
    label: 'Base encoders (up to ~200M)',
    minParameters: 0,
    maxParameters: 200e6,
    family: 'encoder',
    useCase:
      'Fast and cheap to fine-tune and serve; enough for most English classification and retrieval.',
  },
  {
    id: 'encoder-large',
    label: 'Large encoders (~200M–1.2B)',
    minParameters: 200e6,
    maxParameters: 1.2e9,
    family: 'encoder',
    useCase:
      'More accuracy and many languages, for about three times the compute of a base encoder.',
  },
  {
    id: '1-3b',
    label: 'Up to 4.5B (the 1B–3B class)',
    minParameters: 0,
    maxParameters: 4.5e9,
    family: 'decoder',
    useCase: 'Edge devices, mobile apps and simple tasks such as classification by generation.',
  },
  {
    id: '7-8b',
    label: '4.5B–10B (the 7B–8B class)',
    minParameters: 4.5e9,
    maxParameters: 10e9,
    family: 'decoder',
    useCase:
      'General reasoning, logic and everyday coding help: the usual balance of speed and skill.',
  },
  {
    id: '14-32b',
    label: '10B–36B (the 14B–32B class)',
    minParameters: 10e9,
    maxParameters: 36e9,
    family: 'decoder',
    useCase: 'Complex domain logic: medical, legal, scientific or financial reasoning.',
  },
  {
    id: '70b',
    label: 'Over 36B (70B and large mixtures of experts)',
    minParameters: 36e9,
    maxParameters: Infinity,
    family: 'decoder',
    useCase: 'The most capable open models; multi-GPU training even with QLoRA-friendly settings.',
  },
];

export function sizeBand(id: SizeBandId): SizeBand {
  return SIZE_BANDS.find((band) => band.id === id) as SizeBand;
}

export function bandOf(parameters: number, family: 'encoder' | 'decoder'): SizeBandId {
  const band = SIZE_BANDS.find(
    (b) => b.family === family && parameters >= b.minParameters && parameters < b.maxParameters,
  );
  return band?.id ?? (family === 'encoder' ? 'encoder-large' : '70b');
}

/** Bands of the same family as `id`, smallest first. */
export function bandsLike(id: SizeBandId): SizeBand[] {
  const family = sizeBand(id).family;
  return SIZE_BANDS.filter((band) => band.family === family);
}

/** Training memory (all GPUs) up to which the guide's "single 24 GB GPU" tip applies. */
const SINGLE_CONSUMER_GPU_BYTES = 32 * 2 ** 30;

const COMPLEX_DOMAINS = new Set(['medical', 'legal', 'scientific', 'finance']);

/**
 * The size band the guide suggests from the purpose, the domain's complexity and the deployment
 * target (before hardware is considered; recommend() steps down when nothing in it fits).
 */
export function suggestSizeBand(
  answers: Answers,
  trainingBytes = Infinity,
): { band: SizeBandId; reason: string } {
  const { purpose, domain, languages } = answers.task;
  const target = answers.hardware.deploymentTarget;
  if (isEncoderPurpose(purpose)) {
    if (target === 'edge' || target === 'cpu') {
      return {
        band: 'encoder-base',
        reason: 'A base-size encoder keeps inference fast on an edge device or a CPU.',
      };
    }
    if (languages === 'multilingual') {
      return {
        band: 'encoder-large',
        reason: 'Many languages need the larger multilingual encoders (XLM-R large, bge-m3).',
      };
    }
    if (COMPLEX_DOMAINS.has(domain) || purpose === 'reranking') {
      return {
        band: 'encoder-large',
        reason:
          purpose === 'reranking'
            ? 'Rerankers gain most from size: they read query and document together and only score a short list.'
            : `A ${domain} domain rewards the extra capacity of a large encoder.`,
      };
    }
    return {
      band: 'encoder-base',
      reason: 'A base-size encoder is usually enough for this task and trains in minutes.',
    };
  }
  if (target === 'edge') {
    return {
      band: '1-3b',
      reason: 'The guide puts edge and mobile deployments at 1–3B parameters.',
    };
  }
  if (target === 'cpu') {
    return {
      band: '1-3b',
      reason: 'Serving from a CPU keeps latency acceptable only for small models (1–3B).',
    };
  }
  if (COMPLEX_DOMAINS.has(domain)) {
    if (trainingBytes <= SINGLE_CONSUMER_GPU_BYTES) {
      return {
        band: '7-8b',
        reason: `The guide suggests 14–32B for complex ${domain} reasoning, but pairs a single 24 GB GPU with 7–8B models: at 14B+ only QLoRA fits, with little room left for batch or context.`,
      };
    }
    return { band: '14-32b', reason: `The guide suggests 14–32B for complex ${domain} reasoning.` };
  }
  if (domain === 'code') {
    return { band: '7-8b', reason: 'The guide puts standard coding assistance at 7–8B.' };
  }
  return { band: '7-8b', reason: 'The guide’s default balance of speed and intelligence is 7–8B.' };
}
