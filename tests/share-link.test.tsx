import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANSWERS_STORAGE_KEY, OWN_ADDRESSES_KEY } from '../src/app/adapters/storage';
import { rememberOwnAddress } from '../src/app/wizard/ownAddresses';
import { normalizeAnswers } from '../src/domain/recommend';
import { encodeAnswers } from '../src/domain/share/urlCodec';
import { renderApp, wizardState } from './helpers';

/** A share link's fragment for these answers, all five steps answered. */
const linkFor = (answers: Parameters<typeof normalizeAnswers>[0]) =>
  `#${encodeAnswers(normalizeAnswers(answers).answers, 5)}`;

const RERANKING = { task: { purpose: 'reranking' }, hardware: { gpuId: 'a100-80gb' } };

describe('opening a share link', () => {
  it('reads the answers from the fragment and keeps the query empty', async () => {
    const { router } = await renderApp(`/recommendation${linkFor(RERANKING)}`);
    expect(wizardState().task.purpose).toBe('reranking');
    expect(wizardState().hardware.gpuId).toBe('a100-80gb');
    await waitFor(() => expect(router.state.location.hash).toMatch(/^#v=2&done=5&/));
    expect(router.state.location.search).toBe('');
  });

  it('opens a version-1 query link and moves its answers to the fragment', async () => {
    const query = linkFor(RERANKING).slice(1).replace('v=2', 'v=1');
    const { router } = await renderApp(`/recommendation?${query}`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your recommendation');
    expect(wizardState().task.purpose).toBe('reranking');
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(new URLSearchParams(router.state.location.hash.slice(1)).get('p')).toBe('reranking');
  });

  it('keeps the answers when a v is repeated or malformed, and names the v it ignored', async () => {
    await renderApp(`/recommendation${linkFor(RERANKING)}&v=abc`);
    expect(wizardState().task.purpose).toBe('reranking');
    const notice = screen.getByText('Some settings in this link were not used').parentElement!;
    expect(notice).toHaveTextContent('v (repeated with "abc"; version 2 is kept)');
  });

  it('says where the link’s own model would have been that it cannot be used', async () => {
    const broken = {
      model_type: 'llama',
      hidden_size: 4096,
      num_hidden_layers: 32,
      num_attention_heads: 30,
      intermediate_size: 11008,
      vocab_size: 32000,
    };
    await renderApp(
      `/recommendation${linkFor({ scale: { customModel: { name: 'Mine', config: broken } } })}`,
    );
    const notice = screen.getByText('Some settings in this link were not used').parentElement!;
    expect(notice).toHaveTextContent('cm (the model config "Mine" cannot be used:');
    expect(screen.getByText('Your own model “Mine” was not used')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fix or remove it on the scale step' })).toBeVisible();
  });
});

describe('a link whose answers differ from the saved ones', () => {
  it('asks first, shows what would be replaced, and keeps the saved answers on request', async () => {
    const saved = { task: { purpose: 'similarity' as const, projectName: 'Search v1' } };
    const { router, user } = await renderApp(`/recommendation${linkFor(RERANKING)}`, saved, 5);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Open the answers in this link?' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Saved answers that the link would replace' });
    const purpose = within(table).getByRole('row', { name: /Purpose/ });
    expect(purpose).toHaveTextContent('Similarity (embeddings)');
    expect(purpose).toHaveTextContent('Reranking');
    expect(within(table).getByRole('row', { name: /Project/ })).toHaveTextContent('Search v1');
    // Nothing is replaced while the question is open, not even the address.
    expect(wizardState().task.purpose).toBe('similarity');
    expect(router.state.location.hash).toBe(linkFor(RERANKING));

    await user.click(screen.getByRole('button', { name: 'Keep my saved answers' }));
    expect(await screen.findByRole('heading', { name: 'Your recommendation' })).toBeVisible();
    expect(wizardState().task.purpose).toBe('similarity');
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.hash.slice(1)).get('p')).toBe('similarity'),
    );
  });

  it('replaces the saved answers when the user opens the link’s', async () => {
    const { user } = await renderApp(
      `/recommendation${linkFor(RERANKING)}`,
      { task: { purpose: 'similarity' } },
      5,
    );
    await user.click(screen.getByRole('button', { name: 'Open the link’s answers' }));
    expect(await screen.findByRole('heading', { name: 'Your recommendation' })).toBeVisible();
    expect(wizardState().task.purpose).toBe('reranking');
    expect(wizardState().hardware.gpuId).toBe('a100-80gb');
  });

  it('does not ask on a reload of the tab’s own address that lags the saved answers', async () => {
    // The address this tab wrote a render before the similarity answers were saved.
    rememberOwnAddress(linkFor(RERANKING));
    const { router } = await renderApp(
      `/recommendation${linkFor(RERANKING)}`,
      { task: { purpose: 'similarity' } },
      5,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your recommendation');
    expect(wizardState().task.purpose).toBe('similarity');
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.hash.slice(1)).get('p')).toBe('similarity'),
    );
  });

  it('does not ask when the saved answers are the link’s', async () => {
    await renderApp(`/recommendation${linkFor(RERANKING)}`, RERANKING as never, 5);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your recommendation');
  });
});

describe('clearing what is stored', () => {
  it('clears the saved answers after a confirmation and starts over', async () => {
    const { router, user } = await renderApp('/recommendation', RERANKING as never, 5);
    expect(localStorage.getItem(ANSWERS_STORAGE_KEY)).not.toBeNull();
    expect(sessionStorage.getItem(OWN_ADDRESSES_KEY)).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear my saved answers' }));
    await user.click(screen.getByRole('button', { name: 'Clear everything' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(localStorage.getItem(ANSWERS_STORAGE_KEY)).toBeNull();
    expect(sessionStorage.getItem(OWN_ADDRESSES_KEY)).toBeNull();
    expect(wizardState().task.purpose).toBe('chat');
    expect(wizardState().completed).toBe(0);
    expect(screen.getByText('Your saved answers are cleared.')).toHaveAttribute(
      'aria-live',
      'polite',
    );
  });
});
