import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { routes } from '../src/app/router';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('app shell', () => {
  it('shows the product name, a main region and a footer', () => {
    renderAt('/');
    expect(screen.getByRole('banner')).toHaveTextContent('Tunewise');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/not legal advice/);
  });

  it('shows a not-found page for an unknown path', () => {
    renderAt('/does-not-exist');
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/does-not-exist')).toBeInTheDocument();
    expect(document.title).toBe('Page not found – Tunewise');
  });
});

describe('error boundary', () => {
  it('shows a friendly message instead of a blank page when a page throws', async () => {
    const { Layout } = await import('../src/app/Layout');
    const { RouteError } = await import('../src/app/RouteError');
    function Broken(): never {
      throw new Error('chart exploded');
    }
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const router = createMemoryRouter([
      {
        path: '/',
        element: <Layout />,
        children: [{ index: true, element: <Broken />, errorElement: <RouteError /> }],
      },
    ]);
    render(<RouterProvider router={router} />);
    expect(
      screen.getByRole('heading', { name: 'Something went wrong on this page' }),
    ).toBeVisible();
    expect(screen.getByText(/chart exploded/)).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Tunewise');
    quiet.mockRestore();
  });
});
