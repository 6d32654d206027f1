import { innerSchema } from '../../domain/share/schemaShape';
import { useState, type ReactNode } from 'react';
import { ContextChartFigure, MethodChartFigure } from '../../components/charts';
import { Checkbox } from '../../components/form/Checkbox';
import { ChoiceGroup } from '../../components/form/ChoiceGroup';
import { NumberField } from '../../components/form/NumberField';
import { useStepForm, type FieldError, type NumericField } from '../../components/form/useStepForm';
import { LiveSummary } from '../../components/LiveSummary';
import { LORA_TARGETS, type LoraTarget } from '../../domain/memory';
import { scaleAnswersSchema, SIZE_BANDS, type ScaleAnswers } from '../../domain/recommend';
import { useRecommendation } from '../../state/selectors';
import { useWizard } from '../../state/store';
import { StepFrame } from '../StepFrame';
import { stepMeta } from '../steps';
import { CustomModelPanel } from './CustomModelPanel';
import { DatasetFieldset } from './DatasetFieldset';
import { DATASET_FIELDS } from './datasetFields';
import { LeverPanel } from './LeverPanel';
import { MoeLoraChoice } from './MoeLoraChoice';
import { ScaleGuidance } from './ScaleGuidance';

const shape = scaleAnswersSchema.shape;
const FIELDS: NumericField[] = [
  {
    id: 'trainingSeqLen',
    label: 'Training sequence length',
    schema: innerSchema(shape.trainingSeqLen),
  },
  { id: 'batchSize', label: 'Batch size', schema: innerSchema(shape.batchSize) },
  { id: 'loraRank', label: 'LoRA rank', schema: innerSchema(shape.loraRank) },
  {
    id: 'contextWindow',
    label: 'Context window to serve',
    schema: innerSchema(shape.contextWindow),
  },
  { id: 'concurrency', label: 'Concurrent sequences', schema: innerSchema(shape.concurrency) },
  ...Object.values(DATASET_FIELDS),
];

const TARGET_LABELS: Record<LoraTarget, string> = {
  q: 'Query (q)',
  k: 'Key (k)',
  v: 'Value (v)',
  o: 'Attention output (o)',
  gate: 'MLP gate',
  up: 'MLP up',
  down: 'MLP down',
};

export function ScaleStep() {
  const scale = useWizard((s) => s.scale);
  const purpose = useWizard((s) => s.task.purpose);
  const setScale = useWizard((s) => s.setScale);
  const recommendation = useRecommendation();
  const [targets, setTargets] = useState<LoraTarget[]>(scale.loraTargets);
  const targetError: FieldError[] =
    targets.length === 0
      ? [
          {
            field: 'lora-target-q',
            message: 'Choose at least one projection for the LoRA adapters',
          },
        ]
      : [];
  const form = useStepForm(
    FIELDS,
    scale as unknown as Record<string, number>,
    (id, value) => setScale({ [id]: value } as Partial<ScaleAnswers>),
    targetError,
  );
  const targetsMessage = form.errorFor('lora-target-q');
  const decoder = purpose === 'chat' || purpose === 'text-generation';
  const suggested = recommendation.sizeBand.suggested;
  const qloraAvailable = recommendation.hardware.training.capabilities.bitsandbytes4bit;

  const toggleTarget = (target: LoraTarget, on: boolean) => {
    const next = LORA_TARGETS.filter((t) => (t === target ? on : targets.includes(t)));
    setTargets(next);
    if (next.length > 0) setScale({ loraTargets: next });
  };

  const number = (field: NumericField, hint: ReactNode, unit?: string, decimal?: boolean) => (
    <NumberField
      id={field.id}
      label={field.label}
      hint={hint}
      unit={unit}
      decimal={decimal}
      value={form.draft(field.id)}
      onChange={(text) => form.setDraft(field.id, text)}
      error={form.errorFor(field.id)}
    />
  );
  const [seq, batch, rank, context, concurrency] = FIELDS.slice(0, 5) as [
    NumericField,
    NumericField,
    NumericField,
    NumericField,
    NumericField,
  ];

  return (
    <StepFrame
      step={stepMeta('scale')}
      errors={form.shownErrors}
      attempt={form.attempt}
      onNext={() => form.validate()}
      invalid={form.invalid}
      guidance={<ScaleGuidance recommendation={recommendation} />}
    >
      <LiveSummary recommendation={recommendation} />
      <ChoiceGroup
        name="sizeBand"
        legend="Model size"
        layout="inline"
        value={scale.sizeBand}
        onChange={(sizeBand) => setScale({ sizeBand })}
        choices={[
          {
            value: 'auto',
            label: 'Suggest for me',
            // The suggestion itself, even while another band is chosen.
            description: `${SIZE_BANDS.find((band) => band.id === suggested)?.label ?? suggested}: ${recommendation.sizeBand.suggestionReason}`,
          },
          ...SIZE_BANDS.filter((band) => (band.family === 'decoder') === decoder).map((band) => ({
            value: band.id,
            label: band.label,
            description: band.useCase,
            badge: band.id === suggested ? 'Suggested' : undefined,
          })),
        ]}
      />
      <ChoiceGroup
        name="method"
        legend="Fine-tuning method"
        value={scale.method}
        onChange={(method) => setScale({ method })}
        choices={[
          {
            value: 'auto',
            label: 'The best that fits',
            description: 'Full fine-tuning if it fits, else LoRA, else QLoRA.',
          },
          {
            value: 'full',
            label: 'Full fine-tuning',
            description: 'Trains every weight: the most capacity, about 16 bytes per parameter.',
          },
          {
            value: 'lora',
            label: 'LoRA (16-bit)',
            description: 'Freezes the model and trains small adapters; a fraction of the memory.',
          },
          {
            value: 'qlora',
            label: 'QLoRA (4-bit)',
            description: qloraAvailable
              ? 'Also stores the frozen model in 4-bit: the least memory, slightly slower.'
              : 'Not available on this hardware (bitsandbytes is CUDA-only); on Apple silicon use MLX LoRA.',
          },
        ]}
      />
      <fieldset className="field-group">
        <legend className="field-label">Training run</legend>
        {number(
          seq,
          'Tokens in your longest training example (64–262,144). Longer needs more memory.',
          'tokens',
        )}
        {number(
          batch,
          'Sequences per step on each GPU (1–512); Tunewise uses the largest that fits up to this.',
        )}
        {decoder
          ? number(
              rank,
              'Adapter size (1–1,024): 8–64 is usual; higher ranks learn more and cost more.',
            )
          : null}
        {decoder ? (
          <fieldset className={targetsMessage ? 'field has-error' : 'field'}>
            <legend className="field-label">LoRA adapters on</legend>
            {targetsMessage ? <p className="field-error">{targetsMessage}</p> : null}
            <div className="checkbox-grid">
              {LORA_TARGETS.map((target) => (
                <Checkbox
                  key={target}
                  id={`lora-target-${target}`}
                  label={TARGET_LABELS[target]}
                  checked={targets.includes(target)}
                  onChange={(on) => toggleTarget(target, on)}
                />
              ))}
            </div>
          </fieldset>
        ) : null}
        {decoder ? (
          <MoeLoraChoice
            value={scale.moeLoraTargets}
            onChange={(moeLoraTargets) => setScale({ moeLoraTargets })}
          />
        ) : null}
      </fieldset>
      <DatasetFieldset recommendation={recommendation} field={number} />
      <LeverPanel recommendation={recommendation} scale={scale} onChange={setScale} />
      <fieldset className="field-group">
        <legend className="field-label">Deployment</legend>
        {number(
          context,
          'Tokens one request may hold, prompt and answer (128–1,048,576). Long documents need 32k–128k.',
          'tokens',
        )}
        {number(
          concurrency,
          'Requests served at the same time (1–1,024). Each holds its own KV cache.',
        )}
      </fieldset>
      <MethodChartFigure chart={recommendation.charts.memoryByMethod} title="Memory by method" />
      {recommendation.charts.memoryByContext ? (
        <ContextChartFigure
          chart={recommendation.charts.memoryByContext}
          title="Memory against context length"
        />
      ) : null}
      <CustomModelPanel
        model={scale.customModel}
        onUse={(customModel) => setScale({ customModel })}
        onRemove={() => setScale({ customModel: null })}
      />
      {recommendation.customError ? (
        <p className="field-error">{recommendation.customError}</p>
      ) : null}
    </StepFrame>
  );
}
