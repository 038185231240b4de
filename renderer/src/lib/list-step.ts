/**
 * Where the active option of a list goes (the comboboxes' popups, the services listbox): clamped
 * to the ends, or wrapping around them (the command palette). -1 for an empty list.
 */
export function stepIndex(index: number, count: number, ends: 'clamp' | 'wrap' = 'clamp'): number {
  if (count <= 0) return -1;
  if (ends === 'wrap') return ((index % count) + count) % count;
  return Math.min(Math.max(index, 0), count - 1);
}
