/** The recommendation module: answers in, a plain-data recommendation out. */
export * from './answers';
export { recommend } from './recommend';
export type { Recommendation, Deployment, SizeBandDecision } from './types';
export type { Candidate } from './candidates';
export type { PinState } from './pin';
export type { MemoryByContextChart, MemoryByMethodChart, MethodBar, ContextPoint } from './charts';
export type { LicenseVerdict, Verdict } from './licenseVerdict';
export type { BaselinePlan, PublishedFigure } from './baseline';
export type { QuickReferenceRow } from './quickReference';
export { QUICK_REFERENCE_NOTE } from './quickReference';
export { isEncoderPurpose, PURPOSES, type PurposeGuide } from './purposes';
export { SIZE_BANDS, suggestSizeBand, type SizeBand } from './sizeBands';
export { planHardware, deviceOf, type Device, type HardwarePlan } from './hardware';
export { decideVariant, type VariantDecision } from './variant';
export type { AdviceLine } from './advice';
export type { ScoreBasis } from './scoring';
export type { RopeScaling } from './ropeScaling';
