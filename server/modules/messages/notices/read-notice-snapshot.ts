import type { Transaction } from 'kysely';
import { currencyOfCountry, feesInForceOn } from '../../../../shared/domain/fees/fees-in-force';
import { smsPhoneOf } from '../../../../shared/domain/phone/sms-phone';
import { appointmentIdFor } from '../../../kernel/ids';
import type { Database } from '../../../platform/db/schema';
import type { AppointmentNotice } from '../../booking';
import type { NoticeSnapshot } from '../message-types';
import {
  chainRootOf,
  currentSequence,
  feeLinesUpTo,
  findNoticeFacts,
  findReplacedTime,
  raiseSequence,
  startSequence,
} from './notice-snapshot-repository';

/** `<first appointment id of the reschedule chain>@miconsulado`: one calendar event for the appointment's life. */
export const calendarUidOf = (rootReservationId: string) =>
  `${appointmentIdFor(rootReservationId)}@miconsulado`;

/**
 * The facts a notice is written from, read in the change's own transaction (so they are the facts
 * the change commits), and the calendar SEQUENCE moved with it: 0 at booking, one higher at each
 * reschedule, cancellation or closed day. Null when the reservation is not there (nothing to tell).
 */
export async function readNoticeSnapshot(
  trx: Transaction<Database>,
  notice: AppointmentNotice,
): Promise<NoticeSnapshot | null> {
  const facts = await findNoticeFacts(trx, notice.sandbox, notice.reservationId);
  if (!facts) return null;
  const language = facts.language === 'en' ? 'en' : 'es';
  const uid = calendarUidOf(await chainRootOf(trx, facts.id, facts.replaces_id));
  const sequence =
    notice.kind === 'booked'
      ? await startSequence(trx, uid)
      : notice.kind === 'waitlist_offer'
        ? await currentSequence(trx, uid)
        : await raiseSequence(trx, uid);
  const previous =
    notice.kind === 'rescheduled' && facts.replaces_id
      ? await findReplacedTime(trx, facts.replaces_id)
      : undefined;
  const currency = currencyOfCountry(facts.consulate_country === 'CA' ? 'CA' : 'US');
  const lines = (await feeLinesUpTo(trx, facts.procedure_id, currency, facts.local_date)).map((f) => ({
    label: { es: f.label_es, en: f.label_en },
    currency: f.currency,
    amount: f.amount_cents === null ? null : Number(f.amount_cents),
    effectiveFrom: f.effective_from,
  }));
  const requirements = JSON.parse(facts.requirements_json) as { es: string; en: string }[];
  const closureReason =
    language === 'en' ? (facts.closure_reason_en ?? facts.closure_reason_es) : facts.closure_reason_es;
  return {
    kind: notice.kind,
    language,
    at: notice.at.toISOString(),
    applicant: {
      givenNames: facts.given_names,
      firstSurname: facts.first_surname,
      secondSurname: facts.second_surname,
      email: facts.email,
      smsPhone: smsPhoneOf(facts.phone),
    },
    appointment: {
      reservationId: facts.id,
      appointmentId: facts.appointment_id,
      confirmationCode: facts.confirmation_code,
      calendarUid: uid,
      calendarSequence: sequence,
      start: facts.start_at,
      end: facts.end_at,
      localStart: facts.local_start,
      previous: previous ? { start: previous.start_at, localStart: previous.local_start } : null,
    },
    consulate: {
      id: facts.consulate_id,
      name: facts.consulate_name,
      city: facts.consulate_city,
      country: facts.consulate_country,
      timeZone: facts.time_zone,
      address: facts.consulate_address,
    },
    procedure: {
      id: facts.procedure_id,
      name: language === 'en' ? facts.name_en : facts.name_es,
      requirements: requirements.map((line) => line[language]),
    },
    fees: feesInForceOn(lines, facts.local_date, currency).map((f) => ({
      label: f.label[language],
      amountCents: f.amount,
      currency,
    })),
    closure: notice.kind === 'closed' && closureReason ? { reason: closureReason } : null,
    offer: notice.kind === 'waitlist_offer' ? { expiresAt: facts.expires_at } : null,
  };
}
