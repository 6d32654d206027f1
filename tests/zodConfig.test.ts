import { z } from 'zod';
import { expect, test } from 'vitest';
import { ZOD_GLOBAL_CONFIG } from '../src/app/zodEarly';

test('zod runs without its eval probe in tests, as in the app', () => {
  expect(z.config().jitless).toBe(true);
});

test('zod reads its configuration from the global object the page’s first script sets', () => {
  // boot.ts sets jitless there before zod loads; an upgrade that moves it fails here.
  expect(z.config()).toBe((globalThis as Record<string, unknown>)[ZOD_GLOBAL_CONFIG]);
});
