import { gpus, CUSTOM_GPU_ID } from '../../domain/catalog/gpus';
import type { GpuClass } from '../../domain/catalog/schema';
import type { SelectGroup } from '../../components/form/SelectField';

const CLASS_LABELS: Record<GpuClass, string> = {
  consumer: 'Consumer (GeForce, Radeon, Ryzen AI)',
  workstation: 'Workstation',
  datacenter: 'Data centre and cloud',
  apple: 'Apple silicon (unified memory)',
};

/** GPU presets grouped by class for a select, with "custom" last. */
export function gpuGroups(): SelectGroup[] {
  const groups = (Object.keys(CLASS_LABELS) as GpuClass[]).map((cls) => ({
    label: CLASS_LABELS[cls],
    options: gpus
      .filter((gpu) => gpu.class === cls)
      .map((gpu) => ({ value: gpu.id, label: gpu.name })),
  }));
  return [
    ...groups,
    { label: 'Other', options: [{ value: CUSTOM_GPU_ID, label: 'Another GPU: enter its memory' }] },
  ];
}
