import { useCallback, useEffect, useState } from 'react';
import { Outlet, useLoaderData, useLocation } from 'react-router';
import { Notice } from '../../components/Notice';
import { Stepper } from '../../components/Stepper';
import { removeFirstPaint } from '../firstPaint/firstPaintLink';
import { STEPS } from '../../steps/steps';
import { useAnswersHash } from './answersHash';
import { LinkChoice } from './LinkChoice';
import { linkStatus, openLinkInPlace, settlePendingLink, type LinkStatus } from './linkState';
import { useProgress } from './progress';
import { UrlSync } from './UrlSync';

/** The frame of the wizard and the results: the stepper, a notice about the link, the page. */
export function WizardShell() {
  const location = useLocation();
  const loaded = useLoaderData() as LinkStatus | undefined;
  // The status as of now: a link the user settled earlier in this visit does not ask again.
  const [link, setLink] = useState(() => linkStatus() ?? loaded ?? null);
  const onLinkOpened = useCallback((opened: string) => setLink(openLinkInPlace(opened)), []);
  const completed = useProgress();
  const hash = useAnswersHash();
  const current = STEPS.find((step) => step.path === location.pathname)?.id ?? null;
  // Any page but the recommendation (which removes it itself) takes away a first-painted decision.
  const elsewhere = !location.pathname.endsWith('/recommendation');
  useEffect(() => {
    if (elsewhere) removeFirstPaint();
  }, [elsewhere]);
  if (link?.pending) {
    return (
      <div className="wizard">
        <UrlSync paused />
        <LinkChoice
          pending={link.pending}
          onChoose={(useIt) => setLink(settlePendingLink(useIt))}
        />
      </div>
    );
  }
  return (
    <div className="wizard">
      <UrlSync onLinkOpened={onLinkOpened} />
      <Stepper current={current} completed={completed} hash={hash} />
      {link?.unreadable ? (
        <Notice tone="warning" title="This link could not be read">
          It was made by a newer version of Tunewise ({link.ignored.join('; ')}). Your own answers
          are shown instead.
        </Notice>
      ) : link && link.ignored.length > 0 ? (
        <Notice tone="warning" title="Some settings in this link were not used">
          <p>
            These values were missing, invalid or unusable and were not used; everything else in the
            link is kept:
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
