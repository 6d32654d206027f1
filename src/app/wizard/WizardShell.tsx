import { Outlet, useLoaderData, useLocation } from 'react-router';
import { Notice } from '../../components/Notice';
import { Stepper } from '../../components/Stepper';
import { STEPS } from '../../steps/steps';
import { useAnswersSearch } from './answersSearch';
import type { LinkStatus } from './linkState';
import { useProgress } from './progress';
import { UrlSync } from './UrlSync';

/** The frame of the wizard and the results: the stepper, a notice about the link, the page. */
export function WizardShell() {
  const location = useLocation();
  const link = useLoaderData() as LinkStatus | undefined;
  const completed = useProgress();
  const search = useAnswersSearch();
  const current = STEPS.find((step) => step.path === location.pathname)?.id ?? null;
  return (
    <div className="wizard">
      <UrlSync />
      <Stepper current={current} completed={completed} search={search} />
      {link?.unreadable ? (
        <Notice tone="warning" title="This link could not be read">
          It was made by a newer version of Tunewise ({link.ignored.join('; ')}). Your own answers
          are shown instead.
        </Notice>
      ) : link && link.ignored.length > 0 ? (
        <Notice tone="warning" title="Some settings in this link were not used">
          <p>
            These values were missing or invalid and are back at their defaults; everything else in
            the link is kept:
          </p>
          <ul className="tight">
            {link.ignored.map((entry) => (
              <li key={entry}>{entry}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <Outlet />
    </div>
  );
}
