import { createBrowserRouter, type RouteObject } from 'react-router';
import { Landing } from './Landing';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';
import { STEPS } from '../steps/steps';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Landing /> },
          {
            // The wizard and its data (catalogs, memory engine) load only when it opens.
            hydrateFallbackElement: <p className="loading">Loading the wizard…</p>,
            lazy: async () => {
              const [{ WizardShell }, { wizardLoader }] = await Promise.all([
                import('./wizard/WizardShell'),
                import('./wizard/linkState'),
              ]);
              return {
                Component: WizardShell,
                loader: wizardLoader,
                shouldRevalidate: () => false,
              };
            },
            children: [
              ...STEPS.map((step) => ({
                path: step.path.slice(1),
                lazy: async () => ({
                  Component: (await import('./wizard/routes')).stepPages[step.id],
                }),
              })),
              {
                path: 'recommendation',
                lazy: async () => ({
                  Component: (await import('./wizard/recommendationRoute')).RecommendationRoute,
                }),
              },
              {
                path: 'summary',
                lazy: async () => ({
                  Component: (await import('./wizard/summaryRoute')).SummaryRoute,
                }),
              },
              {
                path: 'compare',
                lazy: async () => ({
                  Component: (await import('./wizard/compareRoute')).CompareRoute,
                }),
              },
            ],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

/** The router for the browser; BASE_URL carries the sub-path the build was made for. */
export function createAppRouter() {
  return createBrowserRouter(routes, { basename: import.meta.env.BASE_URL });
}
