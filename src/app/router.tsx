import { createBrowserRouter, type RouteObject } from 'react-router';
import { Landing } from './Landing';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';

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
