import { z } from 'zod';
import { expect, test } from 'vitest';

test('zod runs without its eval probe in tests, as in the app', () => {
  expect(z.config().jitless).toBe(true);
});
