import { expect, test } from './fixtures';

/** Llama-3.2-3B's dimensions, padded with the kind of bulk real configs carry (label maps). */
function largeConfig(labels: number): string {
  const id2label = Object.fromEntries(
    Array.from({ length: labels }, (_, i) => [String(i), `label_${i}`]),
  );
  return JSON.stringify({
    model_type: 'llama',
    hidden_size: 3072,
    intermediate_size: 8192,
    num_hidden_layers: 28,
    num_attention_heads: 24,
    num_key_value_heads: 8,
    vocab_size: 128256,
    tie_word_embeddings: true,
    time_step_limit: [0, 'Infinity'],
    id2label,
  }).replace('"Infinity"', 'Infinity');
}

test('a large pasted config.json is read in a worker and used; one over 512 KB is refused', async ({
  page,
}) => {
  await page.goto('/task');
  await page.getByRole('button', { name: 'Next: Hardware' }).click();
  await page.getByRole('button', { name: 'Next: Scale' }).click();
  await expect(page).toHaveTitle('Step 3 of 5: Scale – Tunewise');

  const box = page.getByRole('textbox', { name: 'config.json' });
  const text = largeConfig(8000);
  expect(text.length).toBeGreaterThan(100_000);
  const workerStarted = page.waitForEvent('worker');
  await box.fill(text);
  await page.getByRole('textbox', { name: 'Name for this model' }).fill('Padded 3B');
  await page.getByRole('button', { name: 'Use this config' }).click();
  await workerStarted;
  await expect(page.getByText('Using “Padded 3B”')).toBeVisible();
  await expect(page.getByText(/3\.21B parameters · 28 layers/)).toBeVisible();

  await box.fill(largeConfig(60_000));
  await expect(page.getByRole('alert')).toContainText('and the limit is 512 KB');
  await expect(box).toHaveValue(text);
});
