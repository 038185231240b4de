/**
 * The SMS of a notice: short (two segments at most for the names we have), in GSM-7 where the text
 * allows (see `sms-encoding.ts`), with the consulate's city, its local date and time, and the code.
 */
import type { NoticeSnapshot } from '../message-types';
import { CALL_CENTER_PHONE, shortDateTime, text } from './notice-format';
import { toGsm7 } from './sms-encoding';

export function noticeSms(snapshot: NoticeSnapshot): string {
  const { language, appointment, consulate } = snapshot;
  const tz = consulate.timeZone;
  return toGsm7(
    text(language, `sms_${snapshot.kind}`, {
      city: consulate.city,
      date: shortDateTime(new Date(appointment.start), tz, language),
      code: appointment.confirmationCode ?? '-',
      expires: snapshot.offer ? shortDateTime(new Date(snapshot.offer.expiresAt), tz, language) : '-',
      phone: CALL_CENTER_PHONE,
    }),
  );
}
