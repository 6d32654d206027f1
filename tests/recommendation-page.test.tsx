import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recommend } from '../src/domain/recommend';
import { renderApp } from './helpers';

describe('Recommendation page', () => {
  it('puts the decision first and shows the evidence sections', async () => {
    await renderApp('/recommendation', { task: { domain: 'legal' } }, 5);
    const expected = recommend({ task: { domain: 'legal' } });
    await waitFor(() => expect(document.title).toBe('Your recommendation – Tunewise'));
    expect(screen.getByText(expected.decision)).toBeInTheDocument();
    const shortlist = screen.getByRole('region', { name: 'Shortlist' });
    const items = within(shortlist)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('candidate'));
    expect(items).toHaveLength(expected.shortlist.length);
    expect(items[0]).toHaveTextContent(expected.top!.name);
    expect(within(shortlist).getAllByRole('meter').length).toBe(expected.shortlist.length);
    expect(screen.getByRole('region', { name: 'Near misses' })).toHaveTextContent(
      expected.nearMisses[0]!.whyNot[0]!,
    );
    expect(screen.getByRole('table', { name: /Training .* \(peak during/ })).toHaveTextContent(
      'Total per GPU',
    );
    const deployment = screen.getByRole('region', { name: 'Deployment' });
    const vllm = expected.deployment!.serving.engines[0]!;
    expect(deployment).toHaveTextContent(
      `Largest --max-model-len${Number(vllm.settings.maxModelLen).toLocaleString('en-US')} tokens`,
    );
    expect(within(deployment).getByRole('table', { name: /Serving engines/ })).toHaveTextContent(
      'llama.cpp (GGUF)',
    );
    const q4 = expected.deployment!.serving.artifacts.find((a) => a.kind === 'gguf-Q4_K_M')!;
    expect(within(deployment).getByRole('row', { name: /^Merged, GGUF Q4_K_M/ })).toHaveTextContent(
      `${(q4.diskBytes / 2 ** 30).toFixed(1)} GiB`,
    );
    expect(screen.getByRole('region', { name: 'Baseline plan' })).toHaveTextContent('Win rate');
  });

  it('gives the top model’s serving verdict, naming the engine, in its card and the deployment section', async () => {
    const answers = { hardware: { gpuId: 'rtx-4090' } };
    await renderApp('/recommendation', answers, 5);
    const expected = recommend(answers);
    const verdict = expected.deployment!.verdict;
    expect(verdict).toMatch(/^Serves 8k tokens × 4 with vLLM at 0\.92 GPU memory utilisation/);
    expect(expected.top!.why).toContain(verdict);
    const card = within(screen.getByRole('region', { name: 'Shortlist' }))
      .getAllByRole('listitem')
      .find((li) => li.classList.contains('candidate'))!;
    expect(card).toHaveTextContent(verdict);
    expect(screen.getByRole('region', { name: 'Deployment' })).toHaveTextContent(verdict);
  });

  it('tells the top model’s license obligations', async () => {
    await renderApp(
      '/recommendation',
      { hardware: { gpuId: 'a100-80gb' }, license: { intendedUse: 'research' } },
      5,
    );
    expect(screen.getByRole('region', { name: 'License' })).toHaveTextContent(
      /What it asks of you/,
    );
  });
});

describe('Words that fit the hardware', () => {
  it('speaks of no CUDA or nvidia-smi for a plan on Apple silicon', async () => {
    await renderApp('/recommendation', { hardware: { gpuId: 'apple-64gb' } }, 5);
    const table = screen.getByRole('table', { name: /Training .* \(peak during/ });
    expect(table).toHaveTextContent('Metal runtime and allocator');
    expect(table).toHaveTextContent('what the process holds in unified memory');
    expect(table).not.toHaveTextContent(/CUDA|nvidia-smi/);
  });

  it('keeps the CUDA words for an NVIDIA GPU', async () => {
    await renderApp('/recommendation', { hardware: { gpuId: 'rtx-4090' } }, 5);
    const table = screen.getByRole('table', { name: /Training .* \(peak during/ });
    expect(table).toHaveTextContent('CUDA context and allocator');
    expect(table).toHaveTextContent('as nvidia-smi would show it');
  });
});

describe('The training script button names the libraries the script uses', () => {
  it.each([
    [{}, 'Training script (PEFT + TRL)'],
    [{ task: { purpose: 'similarity' } }, /^Training script \(sentence-transformers( \+ PEFT)?\)$/],
    [{ task: { purpose: 'reranking' } }, /^Training script \(sentence-transformers( \+ PEFT)?\)$/],
    [
      { task: { purpose: 'multi-class-classification' } },
      /^Training script \(transformers Trainer( \+ PEFT)?\)$/,
    ],
  ] as const)('%j → %s', async (answers, name) => {
    await renderApp('/recommendation', answers as never, 5);
    expect(screen.getByRole('button', { name })).toBeInTheDocument();
    if (answers !== undefined && 'task' in answers) {
      expect(screen.queryByRole('button', { name: /PEFT \+ TRL/ })).not.toBeInTheDocument();
    }
  });
});

describe('The printable summary', () => {
  it('lists the near misses with why they miss, and only the shortlist’s licenses', async () => {
    const answers = { hardware: { gpuId: 'rtx-4090' } };
    await renderApp('/summary', answers, 5);
    const expected = recommend(answers);
    const near = screen.getByRole('region', { name: 'Near misses' });
    expect(expected.nearMisses.length).toBeGreaterThan(0);
    for (const candidate of expected.nearMisses) {
      expect(near).toHaveTextContent(`${candidate.name}: ${candidate.whyNot[0]}`);
    }
    const licenses = screen.getByRole('table', {
      name: 'The licenses of the shortlisted models, for your answers',
    });
    const shortlisted = new Set(expected.shortlist.map((c) => c.license?.licenseId));
    expect(within(licenses).getAllByRole('row')).toHaveLength(1 + shortlisted.size);
  });
});
