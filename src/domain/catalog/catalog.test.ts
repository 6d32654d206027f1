import { describe, expect, it } from 'vitest';
import { PRIVATE_CITATION, stringsIn } from '../privateCitation.testing';
import { countParameters } from '../memory';
import { gpus, CUSTOM_GPU_ID } from './gpus';
import { licenses } from './licenses';
import { catalogModels, specOfModel } from './models';
import { CATALOG_REVIEWED, longDate } from './reviewed';
import {
  catalogModelSchema,
  gpuSchema,
  licenseIdSchema,
  licenseSchema,
  purposeSchema,
  type CatalogModel,
} from './schema';

describe('model catalog', () => {
  it('has at least 60 real models, every one valid against the schema', () => {
    expect(catalogModels.length).toBeGreaterThanOrEqual(60);
    for (const model of catalogModels) {
      const result = catalogModelSchema.safeParse(model);
      expect(result.success, `${model.id}: ${result.error?.message}`).toBe(true);
    }
  });

  it('records the release month of every model, none after the review date', () => {
    for (const model of catalogModels) {
      expect(model.released, model.id).toMatch(/^20(1[89]|2\d)-(0[1-9]|1[0-2])$/);
      expect(model.released <= CATALOG_REVIEWED.slice(0, 7), model.id).toBe(true);
    }
    expect(catalogModels.find((m) => m.id === 'google-bert/bert-base-uncased')?.released).toBe(
      '2018-10',
    );
    expect(longDate(CATALOG_REVIEWED)).toBe('2 December 2026');
  });

  it('points every supersededBy at another catalog model for the same purpose, with a source', () => {
    const byId = new Map(catalogModels.map((m) => [m.id, m]));
    for (const model of catalogModels) {
      if (!model.supersededBy) continue;
      const successor = byId.get(model.supersededBy.id);
      expect(successor, `${model.id} → ${model.supersededBy.id}`).toBeDefined();
      expect(successor!.id).not.toBe(model.id);
      expect(
        successor!.purposes.some((p) => model.purposes.includes(p)),
        model.id,
      ).toBe(true);
      expect(model.supersededBy.source).not.toMatch(PRIVATE_CITATION);
    }
  });

  it('has unique ids', () => {
    const ids = catalogModels.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers every purpose of the guide with several models', () => {
    for (const purpose of purposeSchema.options) {
      const count = catalogModels.filter((m) => m.purposes.includes(purpose)).length;
      expect(count, purpose).toBeGreaterThanOrEqual(4);
    }
  });

  it('spans decoders from 0.5B to 72B, with base and instruct variants', () => {
    const decoders = catalogModels.filter(
      (m) =>
        (m.backbone === 'decoder' && m.purposes.includes('chat')) ||
        m.purposes.includes('text-generation'),
    );
    const sizes = decoders.map((m) => m.parameters.total);
    expect(Math.min(...sizes)).toBeLessThan(0.6e9);
    expect(Math.max(...sizes)).toBeGreaterThan(70e9);
    expect(decoders.some((m) => m.variant === 'base')).toBe(true);
    expect(decoders.some((m) => m.variant === 'instruct')).toBe(true);
  });

  it.each(catalogModels.map((m) => [m.id, m] as [string, CatalogModel]))(
    '%s: the memory model reads its config and counts its parameters',
    (_id, model) => {
      const counted = countParameters(specOfModel(model)).total;
      if (model.parameters.precision === 'exact') {
        expect(counted).toBe(model.parameters.total);
      } else {
        // A headline figure ("335M") is rounded: within 1.5% of the count from the config.
        expect(Math.abs(counted - model.parameters.total) / model.parameters.total).toBeLessThan(
          0.015,
        );
      }
    },
  );

  it('names a license from the license catalog for every model', () => {
    const known = new Set(licenses.map((l) => l.id));
    for (const model of catalogModels) expect(known.has(model.license.id), model.id).toBe(true);
  });

  it('gives a source and a setting for every benchmark figure', () => {
    const figures = catalogModels.flatMap((m) => m.benchmarks);
    expect(figures.length).toBeGreaterThan(40);
    for (const figure of figures) {
      expect(figure.source.length).toBeGreaterThan(8);
      expect(figure.setting.length).toBeGreaterThan(3);
    }
  });

  it('flags what is unverified in the notes', () => {
    for (const model of catalogModels) {
      const unverified =
        model.configStatus === 'unverified' ||
        model.parameters.status === 'unverified' ||
        model.context.status === 'unverified' ||
        model.license.status === 'unverified';
      if (unverified) {
        const text = [...model.notes, model.context.note ?? ''].join(' ').toLowerCase();
        expect(text, model.id).toMatch(/unverified|not verified|not confirmed|could not|states no/);
      }
    }
  });
});

const MiB = 2 ** 20;
const GiB = 2 ** 30;
const gpu = (id: string) => {
  const found = gpus.find((g) => g.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
};
describe('model catalog sources', () => {
  it('never cite a private search index, in sources or notes', () => {
    for (const model of catalogModels) {
      const { config: _config, ...facts } = model;
      for (const text of stringsIn(facts)) expect(text, model.id).not.toMatch(PRIVATE_CITATION);
    }
  });

  it('never cite a private search index in a licence or a GPU', () => {
    for (const text of stringsIn([licenses, gpus])) expect(text).not.toMatch(PRIVATE_CITATION);
  });
});

describe('GPU catalog', () => {
  it('has every preset valid against the schema, with unique ids', () => {
    for (const g of gpus) {
      const result = gpuSchema.safeParse(g);
      expect(result.success, `${g.id}: ${result.error?.message}`).toBe(true);
    }
    const ids = gpus.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(CUSTOM_GPU_ID);
  });

  it('has the presets the product promises, 52 in all', () => {
    const names = gpus.map((g) => g.name).join(' | ');
    for (const expected of [
      '3060',
      '3090',
      '4060 Ti',
      '4080',
      '4090',
      '5060 Ti 16 GB',
      '5070 Ti',
      '5080',
      '5090',
      'RX 7900 XTX',
      'Ryzen AI Max+ 395',
      'RTX A5000',
      'A6000',
      'RTX 4000 Ada',
      'RTX 5000 Ada',
      '6000 Ada',
      'RTX PRO 6000 Blackwell Workstation',
      'RTX PRO 6000 Blackwell Max-Q',
      'RTX PRO 6000 Blackwell Server',
      'DGX Spark',
      'T4',
      'V100',
      'A10G',
      'L4 ',
      'L40 ',
      'L40S',
      'A40',
      'A100',
      'H20 ',
      'H100 80 GB PCIe',
      'H100 80 GB (SXM)',
      'H100 NVL',
      'H200',
      'B200',
      'GB200',
      'B300',
      'MI300X',
      'MI325X',
      'MI355X',
    ]) {
      expect(names).toContain(expected);
    }
    const appleSizes = gpus.filter((g) => g.class === 'apple').map((g) => g.marketedMemoryGb);
    expect(appleSizes).toEqual([16, 24, 32, 36, 48, 64, 96, 128, 192, 256, 512]);
    expect(gpus).toHaveLength(52);
  });

  it.each(gpus.map((g) => [g.id, g] as const))(
    '%s: has dense tensor throughput and memory bandwidth, with a source',
    (_id, g) => {
      const t = g.throughput;
      // Volta and Turing have no bf16: their fp16 mixed-precision figure stands in.
      if (g.capabilities.bf16) expect(t.bf16DenseTflops).toBeGreaterThan(1);
      else expect(t.fp16DenseTflops).toBeGreaterThan(1);
      if (t.fp8DenseTflops !== undefined) {
        expect(g.capabilities.fp8).toBe(true);
        expect(t.fp8DenseTflops).toBeGreaterThan(t.bf16DenseTflops ?? 0);
      }
      expect(t.memoryBandwidthGBs).toBeGreaterThan(100);
      expect(t.sources.length).toBeGreaterThan(0);
      if (t.status === 'unverified') expect(t.note).toMatch(/unverified/i);
    },
  );

  it('cites only public addresses or document titles, never a private search index', () => {
    for (const g of gpus) {
      for (const source of [...g.sources, ...g.throughput.sources]) {
        expect(source, g.id).not.toMatch(PRIVATE_CITATION);
      }
      for (const note of g.notes) expect(note, g.id).not.toMatch(PRIVATE_CITATION);
    }
  });

  it('gives the fixed figures: 36 GB Macs wire 3/4 (27 GiB), V100 16384/32768 MiB, MI300X bytes', () => {
    // A 36 GB Mac logs recommendedMaxWorkingSetSize = 28991.03 MB = 27 GiB: 3/4, not 2/3.
    expect(gpu('apple-36gb').usableMemoryBytes).toBe(27 * GiB);
    expect(gpu('apple-32gb').usableMemoryBytes).toBe(Math.floor((32 * GiB * 2) / 3));
    expect(gpu('apple-512gb').usableMemoryBytes).toBe(384 * GiB);
    // Current drivers report the full 16 and 32 GiB (older ones 16160 / 32510 MiB).
    expect(gpu('v100-16gb').usableMemoryBytes).toBe(16384 * MiB);
    expect(gpu('v100-32gb').usableMemoryBytes).toBe(32768 * MiB);
    expect(gpu('mi300x').usableMemoryBytes).toBe(205_822_885_888);
    // Printouts read for the new presets.
    expect(gpu('h100-nvl').usableMemoryBytes).toBe(95830 * MiB);
    expect(gpu('a40').usableMemoryBytes).toBe(46068 * MiB);
    expect(gpu('rtx-4000-ada').usableMemoryBytes).toBe(20475 * MiB);
  });

  it('counts FlashAttention-2 on consumer Blackwell (flash-attn 2.7.4+ built with CUDA 12.8+)', () => {
    for (const id of ['rtx-5090', 'rtx-5080', 'rtx-5070-ti', 'rtx-5060-ti-16gb']) {
      expect(gpu(id).capabilities.flashAttention2, id).toBe(true);
      expect(gpu(id).notes.join(' '), id).toMatch(/2\.7\.4 or later built with CUDA 12\.8/);
    }
  });

  it('knows T4 and V100 lack bf16 and FlashAttention-2, and Apple silicon lacks the bitsandbytes QLoRA path', () => {
    for (const id of ['t4', 'v100-16gb', 'v100-32gb']) {
      expect(gpu(id).capabilities.bf16, id).toBe(false);
      expect(gpu(id).capabilities.flashAttention2, id).toBe(false);
      expect(gpu(id).capabilities.bitsandbytes4bit, id).toBe(true);
    }
    for (const g of gpus.filter((g) => g.class === 'apple')) {
      expect(g.capabilities.bitsandbytes4bit).toBe(false);
      expect(g.usableMemoryBytes).toBeLessThan(g.marketedMemoryGb * GiB);
      expect(g.notes.join(' ')).toMatch(/iogpu\.wired_limit_mb/);
      // bitsandbytes does list Metal 4-bit: the notes say so rather than "no".
      expect(g.notes.join(' ')).toMatch(/supported but not yet optimised/);
    }
  });

  it('says how much unified memory the Ryzen AI Max GPU uses by default and how to raise it', () => {
    const strix = gpu('ryzen-ai-max-395-128gb');
    expect(strix.usableMemoryBytes).toBe(64 * GiB);
    expect(strix.notes.join(' ')).toMatch(/half of system RAM/);
    expect(strix.notes.join(' ')).toMatch(/ttm\.pages_limit/);
  });
});

describe('license catalog', () => {
  it('has one valid entry per license id', () => {
    for (const license of licenses) {
      const result = licenseSchema.safeParse(license);
      expect(result.success, `${license.id}: ${result.error?.message}`).toBe(true);
    }
    expect(licenses.map((l) => l.id).sort()).toEqual([...licenseIdSchema.options].sort());
  });

  it('records the Llama 700M monthly-user threshold and the non-commercial licenses', () => {
    for (const id of ['llama-3.1', 'llama-3.2', 'llama-3.3'] as const) {
      const license = licenses.find((l) => l.id === id);
      expect(license?.monthlyActiveUserLimit).toBe(700_000_000);
      expect(license?.attributionText).toMatch(/Built with Llama/);
    }
    expect(licenses.find((l) => l.id === 'cc-by-nc-4.0')?.commercialUse).toBe(false);
    expect(licenses.find((l) => l.id === 'qwen-research')?.commercialUse).toBe(false);
    expect(licenses.find((l) => l.id === 'apache-2.0')?.commercialUse).toBe(true);
  });
  it('adds the Llama indemnity and delete-on-termination duties, and the Llama 4 licence', () => {
    for (const id of ['llama-3.1', 'llama-3.2', 'llama-3.3', 'llama-4'] as const) {
      const text = licenses.find((l) => l.id === id)?.obligations.join(' ') ?? '';
      expect(text, id).toMatch(/Indemnify Meta/);
      expect(text, id).toMatch(/delete and stop using/);
    }
    const llama4 = licenses.find((l) => l.id === 'llama-4');
    expect(llama4?.monthlyActiveUserLimit).toBe(700_000_000);
    expect(llama4?.regionRestriction).toMatch(/European Union/);
  });

  it('keeps Gemma 4 (Apache 2.0) apart from the Gemma terms, and gpt-oss under Apache 2.0 with its usage policy', () => {
    expect(licenses.find((l) => l.id === 'gemma-4-apache-2.0')?.family).toBe('permissive');
    expect(licenses.find((l) => l.id === 'gemma')?.family).toBe('gemma');
    const gptOss = licenses.find((l) => l.id === 'gpt-oss-apache-2.0');
    expect(gptOss?.commercialUse).toBe(true);
    expect(gptOss?.obligations.join(' ')).toMatch(/applicable law/);
    expect(licenses.find((l) => l.id === 'mistral-research')?.commercialUse).toBe(false);
  });

  it('cites only public addresses or document titles', () => {
    for (const license of licenses) {
      for (const source of license.sources)
        expect(source, license.id).not.toMatch(PRIVATE_CITATION);
    }
  });
});
