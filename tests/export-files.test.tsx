import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './helpers';

describe('Export buttons follow the plan', () => {
  it('Apple silicon: an mlx-lm LoRA config instead of the CUDA-only Axolotl file', async () => {
    await renderApp('/recommendation', { hardware: { gpuId: 'apple-36gb' } }, 5);
    expect(screen.getByRole('button', { name: 'mlx-lm LoRA config' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Axolotl config' })).not.toBeInTheDocument();
  });

  it('a ZeRO-3 plan on 8 GPUs offers the accelerate and DeepSpeed files the script launches with', async () => {
    await renderApp(
      '/recommendation',
      { hardware: { gpuId: 'a100-80gb', gpuCount: 8 }, scale: { launcher: 'zero3' } },
      5,
    );
    expect(
      screen.getByRole('button', { name: 'accelerate config (accelerate_config.yaml)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'DeepSpeed config (ds_config.json)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Axolotl config' })).toBeInTheDocument();
  });

  it('one GPU: no launch files', async () => {
    await renderApp('/recommendation', {}, 5);
    expect(screen.queryByRole('button', { name: /accelerate config/ })).not.toBeInTheDocument();
  });
});
