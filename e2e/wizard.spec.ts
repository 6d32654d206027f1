import { activate, tabTo } from './keyboard';
import { expect, test } from './fixtures';

test('a new user completes all five steps by keyboard alone and gets a plan that fits the GPU', async ({
  page,
}) => {
  await page.goto('/');
  await activate(page, page.getByRole('link', { name: 'Start with step 1: Task' }));
  await expect(page).toHaveTitle('Step 1 of 5: Task – Tunewise');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // Task: choose chat in the legal domain.
  await tabTo(page, page.getByRole('radio', { name: /^Chat/ }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('combobox', { name: 'Domain' }));
  await page.keyboard.type('Legal');
  await activate(page, page.getByRole('button', { name: 'Next: Hardware' }));

  // Hardware: an A100 80 GB, chosen with the keyboard.
  await expect(page).toHaveTitle('Step 2 of 5: Hardware – Tunewise');
  await tabTo(page, page.getByRole('combobox', { name: 'Training GPU' }));
  await page.keyboard.type('NVIDIA A100 8');
  await expect(page.getByRole('combobox', { name: 'Training GPU' })).toHaveValue('a100-80gb');
  await activate(page, page.getByRole('button', { name: 'Next: Scale' }));

  await expect(page).toHaveTitle('Step 3 of 5: Scale – Tunewise');
  await activate(page, page.getByRole('button', { name: 'Next: License' }));
  await expect(page).toHaveTitle('Step 4 of 5: License – Tunewise');
  await activate(page, page.getByRole('button', { name: 'Next: Baseline' }));
  await expect(page).toHaveTitle('Step 5 of 5: Baseline – Tunewise');
  await tabTo(page, page.getByRole('textbox', { name: 'Measured floor' }));
  await page.keyboard.type('58');
  await tabTo(page, page.getByRole('textbox', { name: 'Target' }));
  await page.keyboard.type('70');
  await activate(page, page.getByRole('button', { name: 'See the recommendation' }));

  await expect(page).toHaveTitle('Your recommendation – Tunewise');
  await expect(page.getByText(/^Fine-tune .* on NVIDIA A100 80 GB/)).toBeVisible();
  const top = page.getByRole('region', { name: 'Shortlist' }).getByRole('listitem').first();
  const meter = top.getByRole('meter');
  const used = Number(await meter.getAttribute('aria-valuenow'));
  const capacity = Number(await meter.getAttribute('aria-valuemax'));
  expect(used).toBeGreaterThan(0);
  expect(used).toBeLessThanOrEqual(capacity);
  expect(capacity).toBeCloseTo(80, 0);
  await expect(page.getByText(/12-point gap justifies fine-tuning/)).toBeVisible();
});

test('moving from an A100 80 GB to a 16 GB T4 changes the method or the shortlist', async ({
  page,
}) => {
  await page.goto('/task');
  await page.getByRole('button', { name: 'Next: Hardware' }).click();
  await page.getByRole('combobox', { name: 'Training GPU' }).selectOption('a100-80gb');
  await page.getByRole('button', { name: 'Next: Scale' }).click();
  const summary = page.getByRole('region', { name: 'So far' });
  const onA100 = await summary.textContent();
  await expect(summary).toContainText(/with (full fine-tuning|LoRA)/);

  await page.getByRole('link', { name: /Hardware/ }).click();
  await page.getByRole('combobox', { name: 'Training GPU' }).selectOption('t4');
  await page.getByRole('button', { name: 'Next: Scale' }).click();
  // The plan is remade for the T4's 15 GiB (usable after the CUDA context).
  await expect(summary).toContainText(/of 15\.0 GiB/);
  expect(await summary.textContent()).not.toBe(onA100);
});

test('answers survive a reload, and Back and Forward move between steps', async ({ page }) => {
  await page.goto('/task');
  await page.getByRole('radio', { name: /Reranking/ }).check();
  await page.getByRole('textbox', { name: /Project name/ }).fill('Search quality');
  await page.getByRole('button', { name: 'Next: Hardware' }).click();
  await page.getByRole('combobox', { name: 'Training GPU' }).selectOption('l4');
  await page.getByRole('button', { name: 'Next: Scale' }).click();
  await expect(page).toHaveURL(/\/scale/);
  // The fragment follows the store in an effect after the step renders: reload once it carries
  // the two finished steps and the GPU, as the saved answers do.
  await expect(page).toHaveURL(/[#&]done=2(&|$)/);
  await expect(page).toHaveURL(/[#&]gpu=l4(&|$)/);

  await page.reload();
  await expect(page).toHaveTitle('Step 3 of 5: Scale – Tunewise');
  await page.goBack();
  await expect(page).toHaveTitle('Step 2 of 5: Hardware – Tunewise');
  await expect(page.getByRole('combobox', { name: 'Training GPU' })).toHaveValue('l4');
  await page.goBack();
  await expect(page).toHaveTitle('Step 1 of 5: Task – Tunewise');
  await expect(page.getByRole('radio', { name: /Reranking/ })).toBeChecked();
  await expect(page.getByRole('textbox', { name: /Project name/ })).toHaveValue('Search quality');
  await page.goForward();
  await expect(page).toHaveTitle('Step 2 of 5: Hardware – Tunewise');
});

test('a reload whose address lags the saved answers keeps them and asks nothing', async ({
  page,
}) => {
  await page.goto('/task');
  await page.getByRole('radio', { name: /Reranking/ }).check();
  await page.getByRole('button', { name: 'Next: Hardware' }).click();
  await expect(page).toHaveURL(/[#&]p=reranking(&|$)/);
  const before = new URL(page.url()).hash;
  await page.getByRole('combobox', { name: 'Training GPU' }).selectOption('l4');
  await expect(page).toHaveURL(/[#&]gpu=l4(&|$)/);
  // The answers are saved at once, the address a render later: put back the address as it was
  // before the GPU changed (what a reload in that moment finds), then reload.
  await page.evaluate((hash) => history.replaceState(history.state, '', hash), before);
  await page.reload();
  await expect(page).toHaveTitle('Step 2 of 5: Hardware – Tunewise');
  await expect(page.getByRole('heading', { name: 'Open the answers in this link?' })).toHaveCount(
    0,
  );
  await expect(page.getByRole('combobox', { name: 'Training GPU' })).toHaveValue('l4');
  await expect(page).toHaveURL(/[#&]gpu=l4(&|$)/);
});

test('a deep link to a later step opens the first unanswered one and says why', async ({
  page,
}) => {
  await page.goto('/license');
  await expect(page).toHaveTitle('Step 1 of 5: Task – Tunewise');
  await expect(page.getByRole('status').filter({ hasText: 'You started here' })).toContainText(
    'License',
  );
});
