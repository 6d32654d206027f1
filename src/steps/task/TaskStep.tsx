import { innerSchema } from '../../domain/share/schemaShape';
import { ChoiceGroup } from '../../components/form/ChoiceGroup';
import { Field } from '../../components/form/Field';
import { NumberField } from '../../components/form/NumberField';
import { SelectField } from '../../components/form/SelectField';
import { useStepForm } from '../../components/form/useStepForm';
import { findModel } from '../../domain/catalog/models';
import { PURPOSE_IDS } from '../../domain/catalog/vocabulary';
import {
  decideVariant,
  PURPOSES,
  taskAnswersSchema,
  type TaskAnswers,
} from '../../domain/recommend';
import { useWizard } from '../../state/store';
import { StepFrame } from '../StepFrame';
import { stepMeta } from '../steps';
import { TaskGuidance } from './TaskGuidance';

const DOMAINS: { value: TaskAnswers['domain']; label: string }[] = [
  { value: 'general', label: 'General' },
  { value: 'code', label: 'Code' },
  { value: 'medical', label: 'Medical' },
  { value: 'legal', label: 'Legal' },
  { value: 'scientific', label: 'Scientific' },
  { value: 'finance', label: 'Finance' },
  { value: 'other', label: 'Other' },
];

const labelCountField = {
  id: 'labelCount',
  label: 'Number of labels',
  schema: innerSchema(taskAnswersSchema.shape.labelCount),
};

export function TaskStep() {
  const task = useWizard((s) => s.task);
  const setTask = useWizard((s) => s.setTask);
  const isClassifier =
    task.purpose === 'multi-class-classification' || task.purpose === 'multi-label-classification';
  const isDecoder = task.purpose === 'chat' || task.purpose === 'text-generation';
  const form = useStepForm(
    isClassifier ? [labelCountField] : [],
    { labelCount: task.labelCount },
    (_id, value) => setTask({ labelCount: value ?? task.labelCount }),
  );
  const variant = decideVariant(task);

  return (
    <StepFrame
      step={stepMeta('task')}
      errors={form.shownErrors}
      attempt={form.attempt}
      onNext={() => form.validate()}
      invalid={form.invalid}
      guidance={<TaskGuidance />}
    >
      <ChoiceGroup
        name="purpose"
        legend="Purpose"
        hint="The purpose fixes the architecture and the training objective."
        layout="cards"
        value={task.purpose}
        onChange={(purpose) => setTask({ purpose })}
        choices={PURPOSE_IDS.map((purpose) => {
          const guide = PURPOSES[purpose];
          const examples = guide.exampleModelIds.map((id) => findModel(id)?.name ?? id).join(', ');
          return {
            value: purpose,
            label: guide.label,
            description: (
              <>
                <strong>{guide.architectureLabel}</strong>, trained with{' '}
                {lowerFirst(guide.objectiveLabel)}. For example {examples}.
              </>
            ),
          };
        })}
      />

      {isDecoder ? (
        <>
          <ChoiceGroup
            name="changeKind"
            legend="What will fine-tuning change?"
            hint="This decides between a base and an instruct model."
            value={task.changeKind}
            onChange={(changeKind) => setTask({ changeKind })}
            choices={[
              {
                value: 'behaviour',
                label: 'Behaviour or tone',
                description: 'Start from an instruct model: it already follows directions.',
              },
              {
                value: 'output-format',
                label: 'A strict output format (e.g. JSON)',
                description: 'Start from an instruct model: formats are easiest to enforce on it.',
              },
              {
                value: 'new-language',
                label: 'A new language',
                description:
                  'Start from a base model: it learns raw text without an assistant persona in the way.',
              },
              {
                value: 'domain-vocabulary',
                label: 'Specialised vocabulary',
                description: 'Start from a base model and teach it the domain’s words.',
              },
            ]}
          />
          {task.purpose === 'text-generation' ? (
            <ChoiceGroup
              name="variant"
              legend="Base or instruct model"
              value={task.variant}
              onChange={(value) => setTask({ variant: value })}
              layout="inline"
              choices={[
                {
                  value: 'auto',
                  label: `Follow the guide (${variant.suggested})`,
                  description: 'Tunewise picks from what you are changing.',
                },
                {
                  value: 'base',
                  label: 'Base',
                  description: 'Pretrained only: best for new languages and vocabularies.',
                },
                {
                  value: 'instruct',
                  label: 'Instruct',
                  description: 'Already follows directions: best for behaviour and formats.',
                },
              ]}
            />
          ) : (
            <p className="field-hint">Chat always starts from an instruct model.</p>
          )}
        </>
      ) : null}

      <ChoiceGroup
        name="languages"
        legend="Languages"
        layout="inline"
        value={task.languages}
        onChange={(languages) => setTask({ languages })}
        choices={[
          { value: 'english', label: 'English only', description: 'Every model qualifies.' },
          {
            value: 'multilingual',
            label: 'Several languages',
            description: 'Only models trained on many languages qualify.',
          },
        ]}
      />

      <SelectField
        id="domain"
        label="Domain"
        hint="Complex domains (medical, legal, scientific, finance) favour larger models; code favours code-trained ones."
        value={task.domain}
        onChange={(domain) => setTask({ domain: domain as TaskAnswers['domain'] })}
        groups={[{ label: '', options: DOMAINS }]}
      />

      {isClassifier ? (
        <NumberField
          id="labelCount"
          label={labelCountField.label}
          hint={
            task.purpose === 'multi-label-classification'
              ? 'How many tags an example can carry (2–10,000).'
              : 'How many classes an example can belong to (2–10,000).'
          }
          value={form.draft('labelCount')}
          onChange={(text) => form.setDraft('labelCount', text)}
          error={form.errorFor('labelCount')}
        />
      ) : null}

      <Field
        id="projectName"
        label="Project name (optional)"
        hint="Shown on the printable summary, e.g. “Support intent classifier”."
      >
        <input
          id="projectName"
          name="projectName"
          type="text"
          maxLength={80}
          value={task.projectName}
          onChange={(event) => setTask({ projectName: event.target.value.slice(0, 80) })}
          aria-describedby="projectName-hint"
        />
      </Field>
    </StepFrame>
  );
}

function lowerFirst(text: string) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
