/**
 * Consular fees, by currency and by the year they take effect, each line with its source.
 *
 * Set by Mexico's Ley Federal de Derechos (articles 20 to 23 for the consular services), they change
 * every 1 January. US consulates charge the law's amounts in US dollars; the five Canadian
 * consulates charge in Canadian dollars.
 *
 * Sources (looked up 2026-12-05):
 * - USD 2024: consulmex.sre.gob.mx/sanantonio/index.php/documentos-de-identidad/tarifas ("Tarifas
 *   consulares vigentes a partir del 1 de enero de 2024").
 * - USD 2025: embamex.sre.gob.mx/suiza/index.php/tarifas-consulares (the law's USD column, May 2025:
 *   passports, powers of attorney, copies, visa); the matrícula, which that embassy does not issue,
 *   from shared/reference/README.md.
 * - USD 2026: shared/reference/README.md, Fees (embamex.sre.gob.mx fee tables), checked against
 *   nothing newer: no 2026 page was found in the search corpus.
 * - CAD: no published amount in Canadian dollars was found for 2024–2026 (searched the pages of the
 *   consulates in Toronto and Montreal and fee-table pages). A consulate outside the United States
 *   charges the law's USD amount converted at a rate set by SRE from time to time (Switzerland's
 *   table above gives francs "0.843 CHF x 1.00 USD, mayo 2025"), so a CAD amount is not a yearly
 *   figure one can derive: those lines are `amount: null` ("confirme el monto con el consulado").
 *   Never a conversion of ours.
 * - Free (birth registration, INE credential): 0 in every currency (same San Antonio page: "Registro
 *   de nacimiento sin costo", "Credencial para votar - INE sin costo").
 */
import { feesInForceOn, type FeeCurrency } from '../../../shared/domain/fees/fees-in-force';
import type { BilingualText } from './procedures';

export type FeeRecord = {
  readonly procedureId: string;
  readonly label: BilingualText;
  readonly currency: FeeCurrency;
  /** Null where no citable source gives the amount in this currency. */
  readonly amount: number | null;
  /** First day (inclusive) on which this amount applies, 'YYYY-01-01'. */
  readonly effectiveFrom: string;
  /** Where the amount comes from (or why there is none). */
  readonly source: string;
};

export const FEE_YEARS = ['2024', '2025', '2026'] as const;
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
  [
    'power-of-attorney',
    { es: 'Poder notarial, persona física', en: 'Power of attorney, individual' },
    POWER_INDIVIDUAL,
  ],
  [
    'power-of-attorney',
    { es: 'Poder notarial, persona moral (empresa)', en: 'Power of attorney, company' },
    POWER_COMPANY,
  ],
  ['civil-registry-copy', { es: 'Copia certificada de acta', en: 'Certified copy of a record' }, CIVIL_COPY],
  ['visa', { es: 'Visa ordinaria', en: 'Ordinary visa' }, VISA],
];

const USD_SOURCE: Readonly<Record<(typeof FEE_YEARS)[number], string>> = {
  '2024':
    'consulmex.sre.gob.mx/sanantonio/index.php/documentos-de-identidad/tarifas (tarifas vigentes a partir del 1 de enero de 2024); shared/reference/README.md',
  '2025':
    'embamex.sre.gob.mx/suiza/index.php/tarifas-consulares (columna en dólares, mayo de 2025); shared/reference/README.md',
  '2026': 'shared/reference/README.md, Fees (embamex.sre.gob.mx fee tables; Ley Federal de Derechos 2026)',
};
const FREE_SOURCE =
  'Trámite gratuito en cualquier moneda: consulmex.sre.gob.mx/sanantonio/index.php/documentos-de-identidad/tarifas ("sin costo")';
const CAD_UNKNOWN_SOURCE =
  'Sin fuente citable en dólares canadienses: el consulado cobra el monto de la Ley Federal de Derechos al tipo de cambio que fija la SRE (p. ej. embamex.sre.gob.mx/suiza/index.php/tarifas-consulares, mayo de 2025); confirme el monto con el consulado';

export const feeSchedule: readonly FeeRecord[] = Object.freeze(
  FEE_YEARS.flatMap((year, i) =>
    LINES.flatMap(([procedureId, label, amounts]) => {
      const usd = amounts[i] as number;
      const effectiveFrom = `${year}-01-01`;
      const free = usd === 0;
      return [
        Object.freeze({
          procedureId,
          label,
          currency: 'USD' as const,
          amount: usd,
          effectiveFrom,
          source: free ? FREE_SOURCE : USD_SOURCE[year],
        }),
        Object.freeze({
          procedureId,
          label,
          currency: 'CAD' as const,
          amount: free ? 0 : null,
          effectiveFrom,
          source: free ? FREE_SOURCE : CAD_UNKNOWN_SOURCE,
        }),
      ];
    }),
  ),
);

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The fee lines of a procedure in force on a date ('YYYY-MM-DD') in a currency, in the schedule's
 * order (amounts null in a year whose fees are not published). Empty when the procedure is unknown
 * or the date precedes the schedule.
 */
export function feesInForce(procedureId: string, date: string, currency: FeeCurrency = 'USD'): FeeRecord[] {
  if (!DATE_PATTERN.test(date)) throw new RangeError(`not a date YYYY-MM-DD: ${date}`);
  return feesInForceOn(
    feeSchedule.filter((fee) => fee.procedureId === procedureId),
    date,
    currency,
  );
}
