/**
 * What a notice says, pure: from a NoticeSnapshot (the facts read in the change's transaction) to
 * one e-mail when the applicant has an address and one SMS when they have a number that takes SMS,
 * in the applicant's language. No database, no clock: the snapshot's `at` is the only "now".
 */
import type { ComposedMessage, NoticeSnapshot } from '../message-types';
import { noticeCalendar } from './notice-calendar';
import { noticeEmail } from './notice-email';
import { noticeSms } from './notice-sms';

export function composeNoticeMessages(snapshot: NoticeSnapshot): ComposedMessage[] {
  const messages: ComposedMessage[] = [];
  const { email, smsPhone } = snapshot.applicant;
  if (email) {
    messages.push({
      channel: 'email',
      to: email,
      ...noticeEmail(snapshot),
      calendar: noticeCalendar(snapshot),
    });
  }
  if (smsPhone) messages.push({ channel: 'sms', to: smsPhone, text: noticeSms(snapshot) });
  return messages;
}
