import { innerSchema } from '../../domain/share/schemaShape';
import { NumberField } from '../../components/form/NumberField';
import { useStepForm, type NumericField } from '../../components/form/useStepForm';
import { baselineAnswersSchema, type BaselineAnswers } from '../../domain/recommend';
import { useRecommendation } from '../../state/selectors';
import { useWizard } from '../../state/store';
import { StepFrame } from '../StepFrame';
import { stepMeta } from '../steps';
import { PublishedFigures } from '../../results/PublishedFigures';

const shape = baselineAnswersSchema.shape;
const FIELDS: NumericField[] = [
  { id: 'floor', label: 'Measured floor', schema: innerSchema(shape.floor), optional: true },
  { id: 'target', label: 'Target', schema: innerSchema(shape.target), optional: true },
  {
    id: 'heldOutSize',
    label: 'Held-out examples',
    schema: innerSchema(shape.heldOutSize),
    optional: true,
  },
];

export function BaselineStep() {
  const baseline = useWizard((s) => s.baseline);
  const setBaseline = useWizard((s) => s.setBaseline);
  const recommendation = useRecommendation();
  const plan = recommendation.baseline;
  const form = useStepForm(FIELDS, baseline, (id, value) =>
    setBaseline({ [id]: value } as Partial<BaselineAnswers>),
  );
  const [floor, target, heldOut] = FIELDS as [NumericField, NumericField, NumericField];

  return (
    <StepFrame
      step={stepMeta('baseline')}
      errors={form.shownErrors}
      attempt={form.attempt}
      onNext={() => form.validate()}
      invalid={form.invalid}
      guidance={<BaselineGuidance />}
    >
      <section aria-labelledby="metric-title">
        <h2 id="metric-title">Measure this</h2>
        <p className="metric">{plan.metric}</p>
        <p>Also track: {plan.alsoTrack.join('; ')}.</p>
        <p>
          Held-out set: about <strong>{plan.suggestedHeldOutSize.toLocaleString('en-US')}</strong>{' '}
          examples. {plan.heldOutReason}
        </p>
        <h3>Run the zero/few-shot baseline</h3>
        <ol>
          {plan.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <PublishedFigures plan={plan} />
      <fieldset className="field-group">
        <legend className="field-label">Record what you measured (optional)</legend>
        <p className="field-hint">
          Scores in percent, 0–100, on your held-out set. You can come back and fill them in later.
        </p>
        <NumberField
          id={floor.id}
          label={floor.label}
          hint="The untuned model’s score: the floor fine-tuning has to beat."
          unit="%"
          decimal
          value={form.draft(floor.id)}
          onChange={(text) => form.setDraft(floor.id, text)}
          error={form.errorFor(floor.id)}
        />
        <NumberField
          id={target.id}
          label={target.label}
          hint="The score that would make the project a success."
          unit="%"
          decimal
          value={form.draft(target.id)}
          onChange={(text) => form.setDraft(target.id, text)}
          error={form.errorFor(target.id)}
        />
        <NumberField
          id={heldOut.id}
          label={heldOut.label}
          hint="How many examples your held-out set has."
          value={form.draft(heldOut.id)}
          onChange={(text) => form.setDraft(heldOut.id, text)}
          error={form.errorFor(heldOut.id)}
        />
      </fieldset>
      <p className="verdict-line" aria-live="polite">
        {plan.verdict}
      </p>
    </StepFrame>
  );
}

function BaselineGuidance() {
  return (
    <>
      <h2>Why measure first</h2>
      <p>
        A baseline is the score of the model before any fine-tuning, on your own held-out examples.
        It tells you whether fine-tuning is worth paying for, and gives you the number to beat
        afterwards.
      </p>
      <p>
        Try zero-shot (instructions only) and few-shot (a handful of examples in the prompt) first:
        a good prompt sometimes closes the gap for free.
      </p>
      <h2>Published benchmarks</h2>
      <p>
        MMLU measures general knowledge, HumanEval code generation, MTEB and BEIR retrieval. They
        rank starting points; only your held-out set tells you how a model does on your task.
      </p>
    </>
  );
}
