/** Height of one cost chart panel, in pixels: a row per GPU. */
export const panelHeight = (bars: number) => 48 + bars * 36;
