import { useMemo } from 'react';
import type { Answers } from '../../domain/recommend';
import { encodeAnswers } from '../../domain/share/urlCodec';
import { selectAnswers, useAnswers } from '../../state/selectors';
import { useWizard } from '../../state/store';

/** The query that carries these answers: what the URL shows once UrlSync has caught up. */
export function searchFor(answers: Answers, completed: number): string {
  return `?${encodeAnswers(answers, completed)}`;
}

/**
 * The store's answers as a query, as of this render. Links between steps use it rather than the
 * location's query, which catches up with an edit only when UrlSync's replace lands: a click in
 * between would carry the old answers, and a reload of that URL would bring them back.
 */
export function useAnswersSearch(): string {
  const answers = useAnswers();
  const completed = useWizard((s) => s.completed);
  return useMemo(() => searchFor(answers, completed), [answers, completed]);
}

/** The same query, read from the store now (for handlers that may have just written to it). */
export function currentAnswersSearch(): string {
  const state = useWizard.getState();
  return searchFor(selectAnswers(state), state.completed);
}
