/**
 * Consular fees change every January 1 (Ley Federal de Derechos): each fee line carries the date
 * from which it applies. The line in force on a date is, per label, the one with the latest
 * `effectiveFrom` on or before that date. Lines keep their given order.
 */
export interface DatedFee {
  readonly label: { readonly es: string; readonly en: string };
  readonly effectiveFrom: string;
}

export function feesInForceOn<T extends DatedFee>(fees: readonly T[], date: string): T[] {
  const byLabel = new Map<string, T>();
  for (const fee of fees) {
    if (fee.effectiveFrom > date) continue;
    const key = `${fee.label.es}\u0000${fee.label.en}`;
    const current = byLabel.get(key);
    if (current === undefined || fee.effectiveFrom > current.effectiveFrom) byLabel.set(key, fee);
  }
  return [...byLabel.values()];
}
