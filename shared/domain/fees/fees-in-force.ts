/**
 * Which fee lines an operator reads out for a date and a currency.
 *
 * Consular fees are set by Mexico's Ley Federal de Derechos and change every 1 January: a schedule
 * (the lines of one procedure and currency published with one `effectiveFrom`) applies from that
 * date to the end of its year. On a date of a later year for which no schedule is known yet (2027
 * before its fees are published) the last known schedule's lines are answered with `amount: null`:
 * the operator says "confirm the amount with the consulate", never last year's amount. A free line
 * (0) stays free: those services (birth registration, the voter credential) are free by law, not by
 * a yearly amount, and "confirm the amount" would send a family to ask about a fee that is none.
 */

export type FeeCurrency = 'USD' | 'CAD';

export interface ScheduledFee {
  readonly label: { readonly es: string; readonly en: string };
  readonly currency: FeeCurrency;
  /** Null where no citable source gives the amount in this currency. */
  readonly amount: number | null;
  /** First day (inclusive) on which the line applies, 'YYYY-MM-DD'. */
  readonly effectiveFrom: string;
}

const yearOf = (date: string) => date.slice(0, 4);

/**
 * The lines of one procedure's schedule in force on `date` ('YYYY-MM-DD') in `currency`, in the
 * given order: the schedule with the latest `effectiveFrom` on or before the date. Its amounts
 * other than 0 are null when the date lies in a later year than the schedule's (that year's fees
 * are not known). Empty before the first schedule.
 */
export function feesInForceOn<T extends ScheduledFee>(
  fees: readonly T[],
  date: string,
  currency: FeeCurrency,
): T[] {
  let latest: string | null = null;
  for (const fee of fees) {
    if (
      fee.currency === currency &&
      fee.effectiveFrom <= date &&
      (latest === null || fee.effectiveFrom > latest)
    )
      latest = fee.effectiveFrom;
  }
  if (latest === null) return [];
  const known = yearOf(latest) === yearOf(date);
  return fees
    .filter((fee) => fee.currency === currency && fee.effectiveFrom === latest)
    .map((fee) => (known || fee.amount === 0 ? fee : { ...fee, amount: null }));
}

/** A consulate charges in its country's currency: US dollars in the United States, Canadian dollars in Canada. */
export function currencyOfCountry(country: 'US' | 'CA'): FeeCurrency {
  return country === 'CA' ? 'CAD' : 'USD';
}

/** Where a date without a consulate is taken: Mexico City, the call center's own zone. */
export const CALL_CENTER_TIME_ZONE = 'America/Mexico_City';
