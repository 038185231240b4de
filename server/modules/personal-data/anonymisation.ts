/**
 * What anonymising a person changes, as pure functions (docs/PERSONAL-DATA.md): the same for an
 * administrator's erasure on request and for the retention job.
 *
 * The applicant row stays (appointments, calls and waitlist entries point at it, and the statistics
 * count them by consulate, procedure, day and status), emptied of everything that names or reaches
 * the person: names, CURP, phone, e-mail; the birth date keeps only its year (age bands of the
 * statistics, the age rules of a procedure), as the 1st of July so an age computed from it is off by
 * at most half a year. The language kept is the language of the service, not of the person.
 */
import type { ApplicantRow } from '../../platform/db/schema';

/** Marks an anonymised row: its CURP (or, without one, its identity key) becomes `anonymised:<id>`. */
export const ANONYMISED_MARK = 'anonymised:';

/** What replaces an erased value inside audit details or a message. */
export const ERASED = '[erased]';

type ApplicantIdentity = Pick<ApplicantRow, 'id' | 'curp' | 'identity_key' | 'birth_date'>;

/** Whether the row was anonymised already (erasure and retention are idempotent through it). */
export function isAnonymised(row: Pick<ApplicantRow, 'curp' | 'identity_key'>): boolean {
  return (row.curp ?? row.identity_key ?? '').startsWith(ANONYMISED_MARK);
}

/** `YYYY-07-01` of the birth date's year. */
export const birthYearOnly = (birthDate: string) => `${birthDate.slice(0, 4)}-07-01`;

/**
 * The applicant's columns after anonymisation. The database's rules hold: a row with a CURP keeps a
 * (marked) CURP and no reason; a row without one keeps its reason (a statistic: foreign nationals
 * booking visas) and a marked identity key. Neither mark can match a search (CURPs are searched in
 * upper case, identity keys are folded names).
 */
export function anonymisedApplicantColumns(row: ApplicantIdentity) {
  const mark = `${ANONYMISED_MARK}${row.id}`;
  return {
    curp: row.curp === null ? null : mark,
    identity_key: row.curp === null ? mark : null,
    given_names: '',
    first_surname: '',
    second_surname: null,
    birth_date: isAnonymised(row) ? row.birth_date : birthYearOnly(row.birth_date),
    phone: null,
    phone_digits: null,
    phone_digits_reversed: null,
    email: null,
  };
}

/**
 * The strings that identify the person, to be cleared wherever they were copied (audit details, a
 * delivery error quoting the address): CURP, e-mail, phone in E.164 and as bare digits, and the full
 * name. Short fragments are left out (they would match unrelated text).
 */
export function identifyingStrings(
  row: Pick<ApplicantRow, 'curp' | 'email' | 'phone' | 'phone_digits' | 'given_names' | 'first_surname'> & {
    second_surname: string | null;
  },
): string[] {
  const fullName = [row.given_names, row.first_surname, row.second_surname].filter(Boolean).join(' ');
  const candidates = [row.curp, row.email, row.phone, row.phone_digits, fullName];
  return [
    ...new Set(
      candidates.filter(
        (s): s is string => typeof s === 'string' && s.length >= 7 && !s.startsWith(ANONYMISED_MARK),
      ),
    ),
  ];
}

/** Keys whose values are personal whatever they hold (`applicant.created` records the CURP). */
const PERSONAL_KEYS = new Set([
  'curp',
  'phone',
  'email',
  'recipient',
  'givenNames',
  'firstSurname',
  'secondSurname',
  'birthDate',
]);

/**
 * Audit details with the person's data taken out: values under personal keys become null, and any
 * string containing one of `identifying` (case-insensitive) becomes `[erased]`. Everything else
 * (ids, codes, instants, counts) stays, so the trail still says what happened and when.
 */
export function scrubDetails(details: unknown, identifying: readonly string[]): unknown {
  const needles = identifying.map((s) => s.toLowerCase());
  const scrub = (value: unknown, key: string | null): unknown => {
    if (key !== null && PERSONAL_KEYS.has(key) && value !== null && typeof value !== 'object') return null;
    if (typeof value === 'string') {
      const lower = value.toLowerCase();
      return needles.some((n) => lower.includes(n)) ? ERASED : value;
    }
    if (Array.isArray(value)) return value.map((v) => scrub(v, null));
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, k)]));
    return value;
  };
  return scrub(details, null);
}

/** Details that say only that they were erased (shorter than any details that held personal data). */
const ERASED_DETAILS = '{}';

/**
 * The redacted details of an audit entry, or null when they hold nothing of the person (only changed
 * rows are written). Never longer than the stored text: the audit log takes redactions only
 * (migration 0020), so a redaction that would not be shorter leaves `{}`.
 */
export function scrubbedDetailsJson(detailsJson: string, identifying: readonly string[]): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(detailsJson);
  } catch {
    return ERASED_DETAILS;
  }
  const scrubbed = JSON.stringify(scrubDetails(parsed, identifying));
  if (scrubbed === JSON.stringify(parsed)) return null;
  return scrubbed.length <= detailsJson.length ? scrubbed : ERASED_DETAILS;
}

/**
 * The cut-off of the retention rule: applicants whose every trace (registration, appointment, call,
 * waitlist entry) is older than `years` calendar years before `now` are anonymised.
 */
export function retentionCutoff(now: Date, years: number): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}
