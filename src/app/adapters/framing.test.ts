import { expect, test } from 'vitest';
import { framedByAnotherSite } from './framing';

test('a page in its own tab is not framed', () => {
  expect(framedByAnotherSite()).toBe(false);
});

test('a parent whose location cannot be read is another site', () => {
  const crossOriginTop = {
    get location(): Location {
      throw new DOMException('Blocked a frame', 'SecurityError');
    },
  };
  const top = Object.getOwnPropertyDescriptor(window, 'top')!;
  Object.defineProperty(window, 'top', { value: crossOriginTop, configurable: true });
  try {
    expect(framedByAnotherSite()).toBe(true);
  } finally {
    Object.defineProperty(window, 'top', top);
  }
});
