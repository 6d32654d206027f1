import type { ReactNode } from 'react';
import { Checkbox } from '../../components/form/Checkbox';
import { ChoiceGroup, type Choice } from '../../components/form/ChoiceGroup';
import { SelectField } from '../../components/form/SelectField';
import type { Recommendation, ScaleAnswers } from '../../domain/recommend';
import type { Lever, LeverChoice, LeverId } from '../../domain/recommend/levers';
import { RERANKER_NEGATIVES } from '../../domain/recommend/planOptions';

const GIB = 2 ** 30;

/** "18.2 GiB, saves 3.1 GiB" for a choice, against the plan as it stands. */
function memoryWords(choice: LeverChoice): string {
  const needed = `${(choice.neededBytes / GIB).toFixed(1)} GiB`;
  const delta = choice.savedBytes / GIB;
  if (choice.current || Math.abs(delta) < 0.05) return `${needed} per GPU`;
  return delta > 0
    ? `${needed} per GPU, saves ${delta.toFixed(1)} GiB`
    : `${needed} per GPU, ${(-delta).toFixed(1)} GiB more`;
}

function describe(choice: LeverChoice): ReactNode {
  return (
    <>
      {choice.cost}. <span className="lever-memory">{memoryWords(choice)}</span>
      {choice.current ? ' (the plan now)' : ''}.
    </>
  );
}

const AUTO_WORDS: Record<LeverId, string> = {
  lossKernel: 'TRL’s chunked loss, the default of today’s SFTTrainer',
  optimizer: 'fused AdamW, the transformers default',
  gradientCheckpointing: 'on only if the run would not fit, or would fit a batch of only 1–2',
  launcher: 'DDP, or FSDP2 when you asked for sharding on the hardware step',
  cpuOffload: '',
};

/** The lever's radio group: "Tunewise decides" first where the answer has an 'auto'. */
function LeverGroup<V extends string>({
  lever,
  value,
  auto,
  onChange,
}: {
  lever: Lever;
  value: V;
  auto: boolean;
  onChange: (value: V) => void;
}) {
  const choices: Choice<V>[] = lever.choices.map((choice) => ({
    value: choice.value as V,
    label: choice.label.charAt(0).toUpperCase() + choice.label.slice(1),
    description: describe(choice),
  }));
  if (auto) {
    choices.unshift({
      value: 'auto' as V,
      label: 'Tunewise decides',
      description: `${AUTO_WORDS[lever.id]}.`,
    });
  }
  return (
    <ChoiceGroup
      name={lever.id}
      legend={lever.label}
      hint="Memory per GPU for the top model at the plan’s batch and sequence length."
      value={value}
      onChange={onChange}
      choices={choices}
    />
  );
}

const NEGATIVES = [0, 1, 2, 3, 4, 7, 15];

/**
 * The training levers of today's stack: loss kernel, optimizer, checkpointing, launcher and CPU
 * offload, each choice with the memory it needs for the top model and its cost in speed; packing
 * for decoders and hard negatives for contrastive training.
 */
export function LeverPanel({
  recommendation,
  scale,
  onChange,
}: {
  recommendation: Recommendation;
  scale: ScaleAnswers;
  onChange: (patch: Partial<ScaleAnswers>) => void;
}) {
  const purpose = recommendation.answers.task.purpose;
  const decoder = purpose === 'chat' || purpose === 'text-generation';
  const contrastive = purpose === 'similarity' || purpose === 'reranking';
  const lever = (id: LeverId) => recommendation.levers.find((l) => l.id === id);
  const loss = lever('lossKernel');
  const optimizer = lever('optimizer');
  const checkpointing = lever('gradientCheckpointing');
  const launcher = lever('launcher');
  const offload = lever('cpuOffload');
  const defaultNegatives = purpose === 'reranking' ? RERANKER_NEGATIVES : 0;
  return (
    <fieldset className="field-group levers">
      <legend className="field-label">Training stack</legend>
      {recommendation.levers.length === 0 ? (
        <p className="field-hint">
          The memory of each setting shows here once a model fits your GPU.
        </p>
      ) : null}
      {checkpointing ? (
        <LeverGroup
          lever={checkpointing}
          value={scale.gradientCheckpointing}
          auto
          onChange={(gradientCheckpointing) => onChange({ gradientCheckpointing })}
        />
      ) : null}
      {loss ? (
        <LeverGroup
          lever={loss}
          value={scale.lossKernel}
          auto
          onChange={(lossKernel) => onChange({ lossKernel })}
        />
      ) : null}
      {optimizer ? (
        <LeverGroup
          lever={optimizer}
          value={scale.optimizer}
          auto
          onChange={(value) => onChange({ optimizer: value })}
        />
      ) : null}
      {launcher ? (
        <LeverGroup
          lever={launcher}
          value={scale.launcher}
          auto
          onChange={(value) => onChange({ launcher: value })}
        />
      ) : null}
      {offload ? (
        <LeverGroup
          lever={offload}
          value={scale.cpuOffload}
          auto={false}
          onChange={(cpuOffload) => onChange({ cpuOffload })}
        />
      ) : null}
      {decoder ? (
        <Checkbox
          id="packing"
          label="Pack short examples into full sequences"
          description="Faster when examples are shorter than the sequence length; memory is that of full sequences either way."
          checked={scale.packing}
          onChange={(packing) => onChange({ packing })}
        />
      ) : null}
      {contrastive ? (
        <SelectField
          id="hardNegatives"
          label="Hard negatives per example"
          hint={
            purpose === 'reranking'
              ? 'Each negative is one more query–passage pair in the forward pass; sentence-transformers uses 4.'
              : 'Each hard negative is one more text to encode per example, besides the in-batch negatives.'
          }
          value={scale.hardNegatives === null ? 'default' : String(scale.hardNegatives)}
          onChange={(value) =>
            onChange({ hardNegatives: value === 'default' ? null : Number(value) })
          }
          groups={[
            {
              label: '',
              options: [
                { value: 'default', label: `Default (${defaultNegatives})` },
                ...NEGATIVES.map((n) => ({ value: String(n), label: String(n) })),
              ],
            },
          ]}
        />
      ) : null}
    </fieldset>
  );
}
