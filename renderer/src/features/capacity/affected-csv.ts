import type { AffectedAppointment } from '../../../../shared/api/capacity';

export type CsvColumns = { code: string; name: string; phone: string; email: string; time: string };

/**
 * A closed day's appointments as CSV text for outreach (a spreadsheet, a call list). Fields are
 * quoted when needed, and a text a spreadsheet would run as a formula is made inert.
 */
export function affectedAppointmentsCsv(
  appointments: readonly AffectedAppointment[],
  header: CsvColumns,
): string {
  const rows = [
    [header.code, header.name, header.phone, header.email, header.time],
    ...appointments.map((a) => [
      a.confirmationCode,
      a.applicantName,
      a.phone ?? '',
      a.email ?? '',
      a.localStart.replace('T', ' '),
    ]),
  ];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Phone numbers ("+1 602…") stay as they are; "=…", "@…", "+A…", "-A…" would be formulas. */
const FORMULA = /^(?:[=@\t\r]|[+-][^\d\s(])/;

export function csvField(value: string): string {
  const inert = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}
