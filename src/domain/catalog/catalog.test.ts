import { describe, expect, it } from 'vitest';
import { countParameters } from '../memory';
import { gpus, CUSTOM_GPU_ID } from './gpus';
import { licenses } from './licenses';
import { catalogModels, specOfModel } from './models';
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

describe('GPU catalog', () => {
  it('has every preset valid against the schema, with unique ids', () => {
    for (const gpu of gpus) {
      const result = gpuSchema.safeParse(gpu);
      expect(result.success, `${gpu.id}: ${result.error?.message}`).toBe(true);
    }
    const ids = gpus.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(CUSTOM_GPU_ID);
  });

  it('has the presets the product promises', () => {
    const names = gpus.map((g) => g.name).join(' | ');
    for (const expected of [
      '3060',
      '3090',
      '4060 Ti',
      '4080',
      '4090',
      '5090',
      'A6000',
      '6000 Ada',
      'T4',
      'V100',
      'A10G',
      'L4',
      'L40S',
      'A100',
      'H100',
      'H200',
      'B200',
      'MI300X',
    ]) {
      expect(names).toContain(expected);
    }
    expect(gpus.filter((g) => g.class === 'apple').length).toBeGreaterThanOrEqual(6);
  });

  it('knows T4 and V100 lack bf16 and FlashAttention-2, and Apple silicon lacks bitsandbytes 4-bit', () => {
    for (const id of ['t4', 'v100-16gb', 'v100-32gb']) {
      const gpu = gpus.find((g) => g.id === id);
      expect(gpu?.capabilities.bf16, id).toBe(false);
      expect(gpu?.capabilities.flashAttention2, id).toBe(false);
      expect(gpu?.capabilities.bitsandbytes4bit, id).toBe(true);
    }
    for (const gpu of gpus.filter((g) => g.class === 'apple')) {
      expect(gpu.capabilities.bitsandbytes4bit).toBe(false);
      expect(gpu.usableMemoryBytes).toBeLessThan(gpu.marketedMemoryGb * 2 ** 30);
      expect(gpu.notes.join(' ')).toMatch(/iogpu\.wired_limit_mb/);
    }
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
});
