/**
 * The e-mail of a notice: one outline of sections written twice, as plain text and as simple,
 * accessible HTML (a language attribute, headings, lists, a table of row headers, every value
 * escaped). Times are the consulate's, with the zone's name.
 */
import type { NoticeSnapshot } from '../message-types';
import type { CatalogKey } from './catalog-es';
import {
  CALL_CENTER_PHONE,
  LOCALES,
  calendarDaysBetween,
  fullDateTime,
  fullName,
  moneyText,
  separatedCode,
  spelledCode,
  text,
  whenText,
} from './notice-format';

interface EmailOutline {
  title: string;
  greeting: string;
  intro: string[];
  details: [label: string, value: string][];
  lists: { heading: string; items: string[] }[];
  code: { heading: string; code: string; spelled: string; separated: string } | null;
  closing: string[];
  signOff: string;
  signature: string;
}

const INTROS: Record<Exclude<NoticeSnapshot['kind'], 'reminder'>, CatalogKey> = {
  booked: 'intro_booked',
  rescheduled: 'intro_rescheduled',
  cancelled: 'intro_cancelled',
  closed: 'intro_closed',
  waitlist_offer: 'intro_waitlist_offer',
};

function reminderIntro(snapshot: NoticeSnapshot): CatalogKey {
  const days = calendarDaysBetween(
    new Date(snapshot.at),
    new Date(snapshot.appointment.start),
    snapshot.consulate.timeZone,
  );
  return days === 1
    ? 'intro_reminder_tomorrow'
    : days === 2
      ? 'intro_reminder_day_after'
      : 'intro_reminder_on';
}

export function emailSubject(snapshot: NoticeSnapshot): string {
  const { language, appointment, consulate, procedure } = snapshot;
  // A header is one line, whatever the procedure's name holds.
  return text(language, `subject_${snapshot.kind}`, {
    procedure: procedure.name,
    date: fullDateTime(new Date(appointment.start), consulate.timeZone, language),
  }).replace(/\s+/g, ' ');
}

function outline(snapshot: NoticeSnapshot): EmailOutline {
  const { language: lang, appointment, consulate, procedure, kind } = snapshot;
  const tz = consulate.timeZone;
  const when = whenText(new Date(appointment.start), tz, lang);
  const previous = appointment.previous ? whenText(new Date(appointment.previous.start), tz, lang) : when;
  const values = {
    consulate: consulate.name,
    when,
    previous,
    reason: snapshot.closure?.reason ?? '',
    expires: snapshot.offer ? whenText(new Date(snapshot.offer.expiresAt), tz, lang) : '',
    phone: CALL_CENTER_PHONE,
  };
  const standing =
    kind === 'booked' || kind === 'rescheduled' || kind === 'reminder' || kind === 'waitlist_offer';

  const details: EmailOutline['details'] = [
    [text(lang, 'label_procedure'), procedure.name],
    [text(lang, 'label_when'), when],
  ];
  if (kind === 'rescheduled' && appointment.previous) details.push([text(lang, 'label_previous'), previous]);
  details.push(
    [text(lang, 'label_consulate'), consulate.name],
    [text(lang, 'label_address'), consulate.address ?? text(lang, 'address_unknown')],
  );

  const lists: EmailOutline['lists'] = [];
  if (standing) {
    lists.push({
      heading: text(lang, 'label_requirements'),
      items: procedure.requirements.length ? procedure.requirements : [text(lang, 'requirements_none')],
    });
    lists.push({
      heading: text(lang, 'label_fees'),
      items: snapshot.fees.length
        ? snapshot.fees.map((fee) =>
            text(lang, 'fee_line', {
              label: fee.label,
              amount: moneyText(fee.amountCents, fee.currency, lang),
            }),
          )
        : [text(lang, 'fees_none')],
    });
  }

  const code = appointment.confirmationCode;
  return {
    title: emailSubject(snapshot),
    greeting: text(lang, 'greeting', { name: fullName(snapshot.applicant) }),
    intro: [text(lang, kind === 'reminder' ? reminderIntro(snapshot) : INTROS[kind], values)],
    details,
    lists,
    code: code
      ? {
          heading: text(lang, 'label_code'),
          code,
          spelled: text(lang, 'code_spelled', { spelled: spelledCode(code, lang) }),
          separated: text(lang, 'code_separated', { separated: separatedCode(code) }),
        }
      : null,
    closing: [
      kind === 'cancelled' || kind === 'closed'
        ? text(lang, 'how_to_rebook', values)
        : kind === 'waitlist_offer'
          ? null
          : text(lang, 'how_to_cancel', values),
    ].filter((p): p is string => p !== null),
    signOff: text(lang, 'sign_off'),
    signature: text(lang, 'signature'),
  };
}

function plainText(o: EmailOutline): string {
  const blocks: string[] = [
    o.greeting,
    ...o.intro,
    o.details.map(([label, value]) => `${label}: ${value}`).join('\n'),
  ];
  for (const list of o.lists)
    blocks.push([`${list.heading}:`, ...list.items.map((item) => `- ${item}`)].join('\n'));
  if (o.code) blocks.push([`${o.code.heading}: ${o.code.code}`, o.code.spelled, o.code.separated].join('\n'));
  blocks.push(...o.closing, `${o.signOff}\n${o.signature}`);
  return `${blocks.join('\n\n')}\n`;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** Escaped text, with the call center's number as a link a phone can dial. */
const htmlText = (s: string) =>
  escapeHtml(s)
    .split(escapeHtml(CALL_CENTER_PHONE))
    .join(`<a href="tel:${CALL_CENTER_PHONE.replace(/\s/g, '')}">${escapeHtml(CALL_CENTER_PHONE)}</a>`);

function html(o: EmailOutline, locale: string): string {
  const p = (s: string) => `<p>${htmlText(s)}</p>`;
  const parts = [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(o.title)}</title></head>`,
    '<body style="margin:0;padding:0;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">',
    '<main style="display:block;max-width:40em;margin:0 auto;padding:16px">',
    `<h1 style="font-size:1.375em;margin:0 0 0.75em">${escapeHtml(o.title)}</h1>`,
    p(o.greeting),
    ...o.intro.map(p),
    '<table style="border-collapse:collapse;margin:1em 0">',
    ...o.details.map(
      ([label, value]) =>
        `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:4px 12px 4px 0">${escapeHtml(label)}</th>` +
        `<td style="padding:4px 0">${htmlText(value)}</td></tr>`,
    ),
    '</table>',
    ...o.lists.flatMap((list) => [
      `<h2 style="font-size:1.125em;margin:1.25em 0 0.5em">${escapeHtml(list.heading)}</h2>`,
      `<ul>${list.items.map((item) => `<li>${htmlText(item)}</li>`).join('')}</ul>`,
    ]),
    ...(o.code
      ? [
          `<h2 style="font-size:1.125em;margin:1.25em 0 0.5em">${escapeHtml(o.code.heading)}</h2>`,
          `<p style="font-size:1.5em;font-weight:bold;letter-spacing:0.15em;font-family:'Courier New',monospace">${escapeHtml(o.code.code)}</p>`,
          p(o.code.spelled),
          p(o.code.separated),
        ]
      : []),
    ...o.closing.map(p),
    `<p>${escapeHtml(o.signOff)}<br>${escapeHtml(o.signature)}</p>`,
    '</main></body></html>',
  ];
  return `${parts.join('\n')}\n`;
}

export function noticeEmail(snapshot: NoticeSnapshot): { subject: string; text: string; html: string } {
  const o = outline(snapshot);
  return { subject: o.title, text: plainText(o), html: html(o, LOCALES[snapshot.language]) };
}
