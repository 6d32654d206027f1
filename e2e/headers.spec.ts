import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import { startHeaderHost } from './headerHost';

// This spec is about the service worker or runs with it, so it may register (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('on a host that sends dist/_headers, the app runs and the browser refuses to frame it', async ({
  page,
  consoleErrors,
}) => {
  const host = await startHeaderHost();
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI}`,
      ),
    ),
  );

  const response = await page.goto(`${host.origin}/task`);
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  expect(response?.headers()['referrer-policy']).toBe('no-referrer');
  await expect(
    page.getByRole('heading', { name: 'What should the model do?', level: 1 }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Next: Hardware' }).click();
  await expect(page).toHaveURL(/\/hardware/);
  await page.evaluate(() => navigator.serviceWorker.ready);
  expect(violations).toEqual([]);

  // Another site frames it: the header stops the page from loading at all.
  const otherSite = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html');
    response.end(`<iframe title="framed" src="${host.origin}/task"></iframe>`);
  });
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
  expect(consoleErrors).toEqual([]);
  await page.goto(`http://127.0.0.1:${(otherSite.address() as AddressInfo).port}/`);
  // The browser reports the refusal as a console error: the one error this test expects.
  await expect.poll(() => consoleErrors.length).toBe(1);
  expect(consoleErrors[0]).toContain(
    `violates the following Content Security Policy directive: "frame-ancestors 'none'"`,
  );
  consoleErrors.length = 0;
  await expect(page.frameLocator('iframe').getByRole('heading')).toHaveCount(0);
  otherSite.close();
  host.server.close();
});
