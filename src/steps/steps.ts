import type { StepId } from '../domain/recommend';

export interface StepMeta {
  id: StepId;
  path: string;
  /** Short name in the stepper and page title. */
  name: string;
  /** The question the step answers, as its heading. */
  heading: string;
  /** What the step settles, in one sentence (the landing page lists them). */
  summary: string;
}

/** The guide's five-step checklist, in order. */
export const STEPS: readonly StepMeta[] = [
  {
    id: 'task',
    path: '/task',
    name: 'Task',
    heading: 'What should the model do?',
    summary: 'What the model must do, which fixes the architecture and the training objective.',
  },
  {
    id: 'hardware',
    path: '/hardware',
    name: 'Hardware',
    heading: 'What will you train and serve on?',
    summary: 'The GPU you will train on and the device you will serve from.',
  },
  {
    id: 'scale',
    path: '/scale',
    name: 'Scale',
    heading: 'How big a model, trained how?',
    summary: 'Model size, fine-tuning method, sequence length and the context window you need.',
  },
  {
    id: 'license',
    path: '/license',
    name: 'License',
    heading: 'How will you use and share it?',
    summary: 'Whether each model’s license allows what you plan to do with it.',
  },
  {
    id: 'baseline',
    path: '/baseline',
    name: 'Baseline',
    heading: 'What will you measure first?',
    summary: 'What to measure before fine-tuning, so you know whether it paid off.',
  },
];

export function stepIndex(id: StepId): number {
  return STEPS.findIndex((step) => step.id === id);
}

export function stepTitle(step: StepMeta): string {
  return `Step ${stepIndex(step.id) + 1} of ${STEPS.length}: ${step.name}`;
}

/** The metadata of a step by id. */
export function stepMeta(id: StepId): StepMeta {
  return STEPS.find((step) => step.id === id) ?? (STEPS[0] as StepMeta);
}
