/**
 * The read-back holds what the caller needs to go: when (in the consulate's zone, named), the
 * confirmation code, the consulate and its street address, what to bring, and the fee in force
 * at that consulate on the appointment's own date.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../../../shared/api/booking/appointments';
import { ConsulateList } from '../../../../../shared/api/reference/consulates';
import { ProcedureList } from '../../../../../shared/api/reference/procedures';
import { formatCalendarDate, formatDateTimeInWords, zoneName } from '../../../i18n/format-zoned';
import type { Locale } from '../../../i18n/locales';
import { otherOperator, renderWithConsole, type Rendered } from '../../../testing/render-console';
import { bookSeat, registerApplicant } from '../../../testing/seat-fixtures';
import { BookingReadback } from './booking-readback';

const USERNAME = 'operator38';

const renderReadback = (appointment: Appointment, locale: Locale) =>
  renderWithConsole(<BookingReadback appointment={appointment} headingRef={() => undefined} />, {
    username: USERNAME,
    locale,
  });

/** What the server says the read-back must hold: the consulate, the service, its fees on that date. */
async function expectedFor(r: Rendered, appointment: Appointment) {
  const date = appointment.localStart.slice(0, 10);
  const consulate = (await r.api('/api/consulates', { schema: ConsulateList })).items.find(
    (c) => c.id === appointment.consulateId,
  )!;
  const procedure = (
    await r.api('/api/procedures', {
      query: { consulateId: consulate.id, date },
      schema: ProcedureList,
    })
  ).items.find((p) => p.id === appointment.procedureId)!;
  return { date, consulate, procedure };
}

const money = (amount: number, currency: string, locale: Locale) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);

describe('the read-back of a booking', () => {
  for (const locale of ['es-MX', 'en'] as const) {
    it(`holds when, the code, where with the address, what to bring and the fee on that date (${locale})`, async () => {
      const operator = await otherOperator(USERNAME);
      const appointment = await bookSeat(operator, (await registerApplicant(operator)).id);
      const r = await renderReadback(appointment, locale);
      const { date, consulate, procedure } = await expectedFor(r, appointment);
      const lang = locale === 'en' ? 'en' : 'es';
      const heading =
        locale === 'en'
          ? 'Appointment confirmed: read it to the caller'
          : 'Cita confirmada: léala al solicitante';
      const readback = screen.getByRole('region', { name: heading });
      const fact = (term: string) =>
        within(readback).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
      const t = (es: string, en: string) => (locale === 'en' ? en : es);

      await waitFor(() => expect(within(readback).getByText(consulate.address!)).toBeTruthy());
      expect(fact(t('Dirección', 'Address'))).toBe(consulate.address);
      expect(fact(t('Lugar', 'Place'))).toContain(consulate.name);
      expect(fact(t('Fecha y hora', 'Date and time'))).toBe(
        `${formatDateTimeInWords(appointment.start, consulate.timeZone, locale)}, ${zoneName(appointment.start, consulate.timeZone, locale)}`,
      );
      expect(fact(t('Código de confirmación', 'Confirmation code'))).toContain(
        [...appointment.confirmationCode].join(' '),
      );
      const bring = within(readback).getByText(t('Qué llevar', 'What to bring'), {
        selector: 'dt',
      }).nextElementSibling!;
      expect(
        within(bring as HTMLElement)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(procedure.requirements.map((r) => r[lang]));

      const spokenDate = formatCalendarDate(date, locale, { day: 'numeric', month: 'long', year: 'numeric' });
      const feeTerm = t(`Costo el ${spokenDate}`, `Fee on ${spokenDate}`);
      await waitFor(() => expect(within(readback).getAllByText(feeTerm, { selector: 'dt' })).toHaveLength(1));
      const fees = within(readback).getByText(feeTerm, { selector: 'dt' }).nextElementSibling!;
      await waitFor(() =>
        expect(
          within(fees as HTMLElement)
            .getAllByRole('listitem')
            .map((li) => li.textContent),
        ).toEqual(
          procedure.fees.map(
            (f) =>
              `${f.label[lang]}: ${
                f.amount === null
                  ? t(
                      'monto aún no publicado: confírmelo con el consulado',
                      'amount not yet published: confirm it with the consulate',
                    )
                  : f.amount === 0
                    ? t('gratuito', 'free')
                    : money(f.amount, f.currency, locale)
              }`,
          ),
        ),
      );
    });
  }
});
