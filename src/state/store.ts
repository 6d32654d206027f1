import { create, type StateCreator } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { ANSWERS_STORAGE_KEY, safeLocalStorage } from '../app/adapters/storage';
import {
  defaultAnswers,
  scaleDefaultsFor,
  STEP_IDS,
  type Answers,
  type BaselineAnswers,
  type HardwareAnswers,
  type LicenseAnswers,
  type ScaleAnswers,
  type StepId,
  type TaskAnswers,
} from '../domain/recommend';
import { migratePersisted, STORAGE_VERSION, type PersistedWizard } from './persistence';

interface TaskSlice {
  task: TaskAnswers;
  setTask: (patch: Partial<TaskAnswers>) => void;
}
interface HardwareSlice {
  hardware: HardwareAnswers;
  setHardware: (patch: Partial<HardwareAnswers>) => void;
}
interface ScaleSlice {
  scale: ScaleAnswers;
  setScale: (patch: Partial<ScaleAnswers>) => void;
}
interface LicenseSlice {
  license: LicenseAnswers;
  setLicense: (patch: Partial<LicenseAnswers>) => void;
}
interface BaselineSlice {
  baseline: BaselineAnswers;
  setBaseline: (patch: Partial<BaselineAnswers>) => void;
}
interface ProgressSlice {
  /** Steps answered in order: 0 (none) to 5 (all). */
  completed: number;
  completeStep: (step: StepId) => void;
  /** Replace everything, e.g. from a shared link. */
  load: (answers: Answers, completed: number) => void;
  reset: () => void;
}

export type WizardState = TaskSlice &
  HardwareSlice &
  ScaleSlice &
  LicenseSlice &
  BaselineSlice &
  ProgressSlice;
type Slice<T> = StateCreator<WizardState, [['zustand/persist', unknown]], [], T>;

const initial = defaultAnswers();

const createTaskSlice: Slice<TaskSlice> = (set) => ({
  task: initial.task,
  setTask: (patch) =>
    set((state) => {
      const task = { ...state.task, ...patch };
      // A change between decoder and encoder purposes resets the lengths to sensible defaults.
      const before = scaleDefaultsFor(state.task.purpose);
      const after = scaleDefaultsFor(task.purpose);
      return before === after
        ? { task }
        : { task, scale: { ...state.scale, ...after, sizeBand: 'auto' } };
    }),
});

const createHardwareSlice: Slice<HardwareSlice> = (set) => ({
  hardware: initial.hardware,
  setHardware: (patch) => set((state) => ({ hardware: { ...state.hardware, ...patch } })),
});

const createScaleSlice: Slice<ScaleSlice> = (set) => ({
  scale: initial.scale,
  setScale: (patch) => set((state) => ({ scale: { ...state.scale, ...patch } })),
});

const createLicenseSlice: Slice<LicenseSlice> = (set) => ({
  license: initial.license,
  setLicense: (patch) => set((state) => ({ license: { ...state.license, ...patch } })),
});

const createBaselineSlice: Slice<BaselineSlice> = (set) => ({
  baseline: initial.baseline,
  setBaseline: (patch) => set((state) => ({ baseline: { ...state.baseline, ...patch } })),
});

const createProgressSlice: Slice<ProgressSlice> = (set) => ({
  completed: 0,
  completeStep: (step) =>
    set((state) => ({ completed: Math.max(state.completed, STEP_IDS.indexOf(step) + 1) })),
  load: (answers, completed) => set({ ...answers, completed: Math.min(5, Math.max(0, completed)) }),
  reset: () => set({ ...defaultAnswers(), completed: 0 }),
});

/**
 * The one wizard store: a slice per step plus progress. Answers persist in localStorage (versioned,
 * migrated); the recommendation is derived from them by selectors, never stored.
 */
export const useWizard = create<WizardState>()(
  persist(
    (...args) => ({
      ...createTaskSlice(...args),
      ...createHardwareSlice(...args),
      ...createScaleSlice(...args),
      ...createLicenseSlice(...args),
      ...createBaselineSlice(...args),
      ...createProgressSlice(...args),
    }),
    {
      name: ANSWERS_STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: createJSONStorage(() => safeLocalStorage),
      partialize: ({ task, hardware, scale, license, baseline, completed }): PersistedWizard => ({
        task,
        hardware,
        scale,
        license,
        baseline,
        completed,
      }),
      migrate: (persisted, version) => migratePersisted(persisted, version),
      // Stored data is validated like any other input before it reaches the state.
      merge: (persisted, current) => ({
        ...current,
        ...migratePersisted(persisted, STORAGE_VERSION),
      }),
    },
  ),
);
