import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import { completeWizard } from './wizard-helpers';

// This spec is about the service worker or runs with it, so it may register (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('another site that frames the app gets a link to open it in its own tab, not the wizard', async ({
  page,
  baseURL,
}) => {
  // Another site: a page of its own on another port, so another origin. (Chromium blocks pages
  // from data: or intercepted URLs from framing a server on this machine, so it must be real.)
  const target = `${baseURL}/task`;
  const otherSite = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html');
    response.end(
      `<title>Other site</title><iframe title="framed" src="${target}" width="900" height="700"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
  await page.goto(`http://127.0.0.1:${(otherSite.address() as AddressInfo).port}/`);
  const framed = page.frameLocator('iframe[title="framed"]');
  await expect(
    framed.getByRole('heading', { name: 'Tunewise is shown inside another site' }),
  ).toBeVisible();
  const link = framed.getByRole('link', { name: 'Open Tunewise in its own tab' });
  await expect(link).toHaveAttribute('href', target);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(framed.getByRole('heading', { name: 'What should the model do?' })).toHaveCount(0);
  await expect(framed.getByRole('button', { name: 'Next: Hardware' })).toHaveCount(0);
  otherSite.close();
});

test('walking every step and the results, charts drawn, logs no CSP or Trusted Types violation', async ({
  page,
}) => {
  const violations: string[] = [];
  const messages: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void })
        .reportViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}`);
    });
  });
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));

  const visited: string[] = [];
  await completeWizard(page, async () => {
    visited.push('task');
  });
  for (const name of [/Memory by method/, /Memory against context length/]) {
    const figure = page.getByRole('figure', { name });
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('svg.recharts-surface')).toBeVisible();
  }
  await page.goto(page.url().replace('/recommendation', '/summary'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  for (const path of ['/task', '/hardware', '/scale', '/license', '/baseline']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    visited.push(path);
  }
  // Let the service worker register, which hands the browser a script URL under Trusted Types.
  await page.evaluate(() => navigator.serviceWorker.ready);

  expect(visited).toHaveLength(6);
  expect(violations).toEqual([]);
  expect(messages).toEqual([]);
});
