/**
 * Consular fees in US dollars. They are set by Mexico's Ley Federal de Derechos and change every
 * January 1, so each row carries the date from which it applies. Amounts for 2024, 2025 and 2026
 * are exactly those of the project's reference table (shared/reference/README.md).
 */
import { feesInForceOn } from '../../shared/domain/fees/fees-in-force';
import type { BilingualText } from './procedures';

export type FeeRecord = {
  readonly procedureId: string;
  readonly label: BilingualText;
  readonly currency: 'USD' | 'CAD';
  /** Null where no citable source gives the amount in this currency. */
  readonly amount: number | null;
  /** First day (inclusive) on which this amount applies, 'YYYY-01-01'. */
  readonly effectiveFrom: string;
  /** Where the amount comes from. */
  readonly source: string;
};

const YEARS = ['2024', '2025', '2026'] as const;
type ByYear = readonly [y2024: number, y2025: number, y2026: number];

const PASSPORT_1Y: ByYear = [41, 42, 44];
const PASSPORT_3Y: ByYear = [96, 99, 101];
const PASSPORT_6Y: ByYear = [130, 133, 137];
const PASSPORT_10Y: ByYear = [198, 203, 209];
const MATRICULA: ByYear = [39, 40, 41];
const POWER_INDIVIDUAL: ByYear = [168, 173, 177];
const POWER_COMPANY: ByYear = [251, 257, 264];
const CIVIL_COPY: ByYear = [19, 19, 20];
const VISA: ByYear = [53, 54, 56];
const FREE: ByYear = [0, 0, 0];

const passport = (years: number): BilingualText => ({
  es: `Pasaporte, ${years} ${years === 1 ? 'año' : 'años'}`,
  en: `Passport, ${years} ${years === 1 ? 'year' : 'years'}`,
});
const FREE_LABEL: BilingualText = { es: 'Gratuito', en: 'Free' };

const LINES: readonly (readonly [procedureId: string, label: BilingualText, amounts: ByYear])[] = [
  ['passport-first', passport(3), PASSPORT_3Y],
  ['passport-first', passport(6), PASSPORT_6Y],
  ['passport-first', passport(10), PASSPORT_10Y],
  ['passport-renewal', passport(3), PASSPORT_3Y],
  ['passport-renewal', passport(6), PASSPORT_6Y],
  ['passport-renewal', passport(10), PASSPORT_10Y],
  ['passport-minor', passport(1), PASSPORT_1Y],
  ['passport-minor', passport(3), PASSPORT_3Y],
  ['passport-minor', passport(6), PASSPORT_6Y],
  ['matricula', { es: 'Matrícula consular', en: 'Consular ID card (matrícula)' }, MATRICULA],
  ['birth-registration-review', FREE_LABEL, FREE],
  ['birth-registration', FREE_LABEL, FREE],
  ['ine-credential', FREE_LABEL, FREE],
  ['power-of-attorney', { es: 'Poder notarial, persona física', en: 'Power of attorney, individual' }, POWER_INDIVIDUAL],
  ['power-of-attorney', { es: 'Poder notarial, persona moral (empresa)', en: 'Power of attorney, company' }, POWER_COMPANY],
  ['civil-registry-copy', { es: 'Copia certificada de acta', en: 'Certified copy of a record' }, CIVIL_COPY],
  ['visa', { es: 'Visa ordinaria', en: 'Ordinary visa' }, VISA],
];

const REFERENCE_SOURCE = 'shared/reference/README.md, Fees (embamex.sre.gob.mx fee tables; Ley Federal de Derechos)';

export const feeSchedule: readonly FeeRecord[] = Object.freeze(
  YEARS.flatMap((year, i) =>
    LINES.map(([procedureId, label, amounts]) =>
      Object.freeze({ procedureId, label, currency: 'USD' as const, amount: amounts[i] as number, effectiveFrom: `${year}-01-01`, source: REFERENCE_SOURCE }),
    ),
  ),
);

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The fee lines of a procedure in force on a date ('YYYY-MM-DD'), in the schedule's order. Empty
 * when the procedure is unknown or the date precedes the schedule.
 */
export function feesInForce(procedureId: string, date: string): FeeRecord[] {
  if (!DATE_PATTERN.test(date)) throw new RangeError(`not a date YYYY-MM-DD: ${date}`);
  return feesInForceOn(feeSchedule.filter((fee) => fee.procedureId === procedureId), date);
}
