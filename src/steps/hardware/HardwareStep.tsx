import { innerSchema } from '../../domain/share/schemaShape';
import { Checkbox } from '../../components/form/Checkbox';
import { ChoiceGroup } from '../../components/form/ChoiceGroup';
import { NumberField } from '../../components/form/NumberField';
import { SelectField } from '../../components/form/SelectField';
import { useStepForm, type NumericField } from '../../components/form/useStepForm';
import { CUSTOM_GPU_ID } from '../../domain/catalog/gpus';
import { hardwareAnswersSchema, planHardware, type HardwareAnswers } from '../../domain/recommend';
import { useWizard } from '../../state/store';
import { StepFrame } from '../StepFrame';
import { stepMeta } from '../steps';
import { gpuGroups } from './gpuOptions';
import { HardwareGuidance } from './HardwareGuidance';

const shape = hardwareAnswersSchema.shape;
const CUSTOM_GPU: NumericField = {
  id: 'customGpuGb',
  label: 'GPU memory',
  schema: innerSchema(shape.customGpuGb),
};
const GPU_COUNT: NumericField = {
  id: 'gpuCount',
  label: 'Number of GPUs',
  schema: innerSchema(shape.gpuCount),
};
const CUSTOM_SERVING: NumericField = {
  id: 'customServingGb',
  label: 'Memory of the serving device',
  schema: innerSchema(shape.customServingGb),
};

export function HardwareStep() {
  const hardware = useWizard((s) => s.hardware);
  const setHardware = useWizard((s) => s.setHardware);
  const customTraining = hardware.gpuId === CUSTOM_GPU_ID;
  const customServing =
    hardware.deploymentTarget === 'edge' ||
    hardware.deploymentTarget === 'cpu' ||
    (hardware.deploymentTarget === 'other-gpu' && hardware.servingGpuId === CUSTOM_GPU_ID);
  const active = [
    GPU_COUNT,
    ...(customTraining ? [CUSTOM_GPU] : []),
    ...(customServing ? [CUSTOM_SERVING] : []),
  ];
  const form = useStepForm(
    active,
    {
      customGpuGb: hardware.customGpuGb,
      gpuCount: hardware.gpuCount,
      customServingGb: hardware.customServingGb,
    },
    (id, value) => setHardware({ [id]: value } as Partial<HardwareAnswers>),
  );
  const plan = planHardware(hardware);

  return (
    <StepFrame
      step={stepMeta('hardware')}
      errors={form.shownErrors}
      attempt={form.attempt}
      onNext={() => form.validate()}
      invalid={form.invalid}
      guidance={<HardwareGuidance device={plan.training} notes={plan.notes} />}
    >
      <SelectField
        id="gpuId"
        label="Training GPU"
        hint="Memory figures are what the driver reports, not the box label; Apple silicon counts the share of unified memory its GPU may use."
        value={hardware.gpuId}
        onChange={(gpuId) => setHardware({ gpuId })}
        groups={gpuGroups()}
      />
      {customTraining ? (
        <NumberField
          id="customGpuGb"
          label={CUSTOM_GPU.label}
          hint="As marketed, e.g. 24 for a 24 GB card (1–2,048)."
          unit="GB"
          decimal
          value={form.draft('customGpuGb')}
          onChange={(text) => form.setDraft('customGpuGb', text)}
          error={form.errorFor('customGpuGb')}
        />
      ) : null}
      <NumberField
        id="gpuCount"
        label={GPU_COUNT.label}
        hint="1–64 GPUs of this kind in one machine or job."
        value={form.draft('gpuCount')}
        onChange={(text) => form.setDraft('gpuCount', text)}
        error={form.errorFor('gpuCount')}
      />
      <Checkbox
        id="sharding"
        label="Sharding is available (FSDP or DeepSpeed ZeRO-3)"
        description="Splits weights, gradients and optimizer states across the GPUs, so bigger models fit; without it every GPU holds a full copy."
        checked={hardware.sharding}
        onChange={(sharding) => setHardware({ sharding })}
      />
      <ChoiceGroup
        name="deploymentTarget"
        legend="Where will the fine-tuned model run?"
        value={hardware.deploymentTarget}
        onChange={(deploymentTarget) => setHardware({ deploymentTarget })}
        choices={[
          {
            value: 'same-gpu',
            label: 'On the same GPU',
            description: 'Serving memory is checked against the training GPU.',
          },
          {
            value: 'other-gpu',
            label: 'On another GPU',
            description: 'Pick the serving GPU below; it may be smaller or larger.',
          },
          {
            value: 'edge',
            label: 'On an edge or mobile device',
            description: 'Favours 1–3B models served with 4-bit weights.',
          },
          {
            value: 'cpu',
            label: 'On CPU servers',
            description: 'Favours small models with 4- or 8-bit weights.',
          },
        ]}
      />
      {hardware.deploymentTarget === 'other-gpu' ? (
        <SelectField
          id="servingGpuId"
          label="Serving GPU"
          value={hardware.servingGpuId}
          onChange={(servingGpuId) => setHardware({ servingGpuId })}
          groups={gpuGroups()}
        />
      ) : null}
      {customServing ? (
        <NumberField
          id="customServingGb"
          label={CUSTOM_SERVING.label}
          hint={
            hardware.deploymentTarget === 'cpu'
              ? 'RAM available to the model server (1–4,096).'
              : 'Memory available to the model (1–4,096).'
          }
          unit="GB"
          decimal
          value={form.draft('customServingGb')}
          onChange={(text) => form.setDraft('customServingGb', text)}
          error={form.errorFor('customServingGb')}
        />
      ) : null}
    </StepFrame>
  );
}
