import { ChoiceGroup } from '../../components/form/ChoiceGroup';
import type { ScaleAnswers } from '../../domain/recommend';

interface MoeLoraChoiceProps {
  value: ScaleAnswers['moeLoraTargets'];
  onChange: (value: ScaleAnswers['moeLoraTargets']) => void;
}

/** Where LoRA adapters go in a mixture-of-experts model: attention only, or every expert too. */
export function MoeLoraChoice({ value, onChange }: MoeLoraChoiceProps) {
  return (
    <ChoiceGroup
      name="moeLoraTargets"
      legend="Mixture-of-experts models (such as Qwen3-30B-A3B)"
      hint="Applies only to models with experts; dense models use the projections above."
      layout="inline"
      value={value}
      onChange={onChange}
      choices={[
        {
          value: 'attention',
          label: 'LoRA on attention only',
          description:
            'The usual start: q, k, v and o get adapters and the routed experts stay frozen, so the adapter stays small.',
        },
        {
          value: 'experts',
          label: 'On the experts too',
          description:
            'Adapters on every expert’s MLP as well: many times the trainable parameters and their memory.',
        },
      ]}
    />
  );
}
