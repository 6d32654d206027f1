import { Link } from 'react-router';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { STEPS } from '../steps/steps';
import { ANSWERS_STORAGE_KEY, safeLocalStorage } from './adapters/storage';

/**
 * Where an earlier visit stopped, read from storage without loading the wizard's code: the first
 * unanswered step, the results when all are answered, or null for a first visit.
 */
function resumePath(): string | null {
  const raw = safeLocalStorage.getItem(ANSWERS_STORAGE_KEY);
  if (raw === null) return null;
  try {
    const completed = Number(
      (JSON.parse(raw) as { state?: { completed?: unknown } }).state?.completed ?? 0,
    );
    return STEPS[completed]?.path ?? '/recommendation';
  } catch {
    return null;
  }
}

export function Landing() {
  useDocumentTitle();
  const resume = resumePath();
  return (
    <section className="page landing" aria-labelledby="landing-title">
      <h1 id="landing-title">Choose the model to fine-tune, before you rent the GPU</h1>
      <p className="lead">
        Five short steps take you from “we want to fine-tune a model for X” to a defensible choice:
        the architecture, a ranked shortlist of real models, the method and settings that fit your
        GPU, license verdicts and a baseline plan.
      </p>
      <p className="actions">
        <Link className="button" to={resume ?? '/task'}>
          {resume ? 'Continue where you left off' : 'Start with step 1: Task'}
        </Link>
        {resume ? (
          <Link className="button secondary" to="/task">
            Review from step 1
          </Link>
        ) : null}
      </p>
      <ol className="step-overview">
        {STEPS.map((step, index) => (
          <li key={step.id}>
            <span className="step-number">Step {index + 1}</span>
            <h2>{step.name}</h2>
            <p>{step.summary}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
