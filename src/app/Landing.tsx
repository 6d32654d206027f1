import { useDocumentTitle } from '../components/useDocumentTitle';

const STEPS = [
  ['Task', 'What the model must do, which fixes the architecture and the training objective.'],
  ['Hardware', 'The GPU you will train on and the one you will serve from.'],
  ['Scale', 'Model size, fine-tuning method, sequence length and the context window you need.'],
  ['License', 'Whether each model’s license allows what you plan to do with it.'],
  ['Baseline', 'What to measure before fine-tuning, so you know whether it paid off.'],
] as const;

export function Landing() {
  useDocumentTitle();
  return (
    <section className="page landing" aria-labelledby="landing-title">
      <h1 id="landing-title">Choose the model to fine-tune, before you rent the GPU</h1>
      <p className="lead">
        Five short steps take you from “we want to fine-tune a model for X” to a defensible choice:
        the architecture, a ranked shortlist of real models, the method and settings that fit your
        GPU, license verdicts and a baseline plan.
      </p>
      <ol className="step-overview">
        {STEPS.map(([name, what], index) => (
          <li key={name}>
            <span className="step-number">Step {index + 1}</span>
            <h2>{name}</h2>
            <p>{what}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
