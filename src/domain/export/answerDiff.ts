import { recommend, type Answers } from '../recommend';
import { answerSections } from './answerLabels';

/** One answer that two answer sets give differently, in the words the summary uses. */
export interface AnswerDifference {
  /** The step's title: "Hardware". */
  step: string;
  label: string;
  /** The value in each set; null where that set leaves the question out (no project name, no custom GPU). */
  saved: string | null;
  link: string | null;
}

/** Progress counts as an answer too: opening a link may move the user back or ahead. */
const PROGRESS_LABEL = 'Steps answered';

/**
 * What opening a link would replace: every answer that differs between the saved set and the
 * link's, step by step in the wizard's order, plus the number of steps answered. Empty when the
 * two are the same.
 */
export function answerDifferences(
  saved: { answers: Answers; completed: number },
  link: { answers: Answers; completed: number },
): AnswerDifference[] {
  const before = answerSections(recommend(saved.answers));
  const after = answerSections(recommend(link.answers));
  const differences: AnswerDifference[] = [];
  before.forEach((section, index) => {
    const other = after[index]?.lines ?? [];
    const labels = [...new Set([...section.lines, ...other].map((line) => line.label))];
    for (const label of labels) {
      const savedValue = section.lines.find((line) => line.label === label)?.value ?? null;
      const linkValue = other.find((line) => line.label === label)?.value ?? null;
      if (savedValue !== linkValue) {
        differences.push({ step: section.title, label, saved: savedValue, link: linkValue });
      }
    }
  });
  if (saved.completed !== link.completed) {
    differences.push({
      step: 'Progress',
      label: PROGRESS_LABEL,
      saved: `${saved.completed} of 5`,
      link: `${link.completed} of 5`,
    });
  }
  return differences;
}
