import type { Device } from './hardware';

/**
 * Share of a device's memory kept free by default, in percent. The memory model's median error
 * against published runs is about 8%, mostly on the low side, so a plan that fills the last few
 * percent of a GPU would fit only by luck. The user can change it on the scale step.
 */
export const DEFAULT_HEADROOM_PERCENT = 10;

/** Bytes a plan may use on a device when `headroomPercent` of it stays free. */
export function budgetOf(
  device: Pick<Device, 'usableBytes'>,
  headroomPercent: number = DEFAULT_HEADROOM_PERCENT,
): number {
  const kept = Math.min(Math.max(headroomPercent, 0), 100) / 100;
  return Math.floor(device.usableBytes * (1 - kept));
}
