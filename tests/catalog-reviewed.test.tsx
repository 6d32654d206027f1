import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './helpers';

describe('the catalog review date', () => {
  it.each(['/recommendation', '/summary'])(
    'is shown on %s as "Catalog reviewed 2 December 2026"',
    async (path) => {
      await renderApp(path, {}, 5);
      const line = await screen.findByText(/^Catalog reviewed/);
      expect(line).toHaveTextContent('Catalog reviewed 2 December 2026.');
      expect(line.querySelector('time')).toHaveAttribute('datetime', '2026-12-02');
    },
  );
});
