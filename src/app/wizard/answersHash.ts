import { useMemo } from 'react';
import type { Answers } from '../../domain/recommend';
import { encodeAnswers } from '../../domain/share/urlCodec';
import { selectAnswers, useAnswers } from '../../state/selectors';
import { useWizard } from '../../state/store';
import { useProgress } from './progress';

/**
 * The fragment that carries these answers: what the URL shows once UrlSync has caught up. The
 * fragment, unlike the query, is never sent to the host, so answers stay out of its logs.
 */
function hashFor(answers: Answers, completed: number): string {
  return `#${encodeAnswers(answers, completed)}`;
}

/**
 * The store's answers and progress as a fragment, as of this render. Links between steps use it
 * rather than the location's fragment, which catches up with an edit only when UrlSync's replace
 * lands: a click in between would carry the old answers, and a reload would bring them back.
 */
export function useAnswersHash(): string {
  const answers = useAnswers();
  const progress = useProgress();
  return useMemo(() => hashFor(answers, progress), [answers, progress]);
}

/**
 * The same fragment read from the store now, for handlers that may have just written to it, with
 * at least `completed` steps answered: Next pushes a URL that already counts its step, so a
 * reload at any moment after it keeps the progress.
 */
export function currentAnswersHash(completed: number): string {
  const state = useWizard.getState();
  return hashFor(selectAnswers(state), Math.max(state.completed, completed));
}
