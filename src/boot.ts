// The page's first script. The styles load with it (in the page's head); on a shared
// /recommendation link opened in a fresh browser the decision is worked out and shown before the
// app (React, the router and the pages) loads, which then takes over.
import './app/styles.css';
import './app/notices.css';
import { firstPaintLink } from './app/firstPaint/firstPaintLink';
import { configureZodEarly } from './app/zodEarly';

// Before any chunk that builds a zod schema loads, whichever of them comes first.
configureZodEarly();

const startApp = () => import('./main');
const link = firstPaintLink(window.location);
if (link) {
  import('./app/firstPaint/paintDecision')
    .then(({ paintDecision }) => paintDecision(link))
    .catch(() => undefined)
    .finally(() => void startApp());
} else {
  void startApp();
}
