import type { WrapUpCode } from '../api/calls';
import type { Bilingual } from '../api/common';

/** Words the score's details are made of, in both console languages. */

const WRAP_UP: Record<WrapUpCode, Bilingual> = {
  booked: { es: 'Cita agendada', en: 'Appointment booked' },
  rescheduled: { es: 'Cita reprogramada', en: 'Appointment rescheduled' },
  cancelled: { es: 'Cita cancelada', en: 'Appointment cancelled' },
  information: { es: 'Solo información', en: 'Information only' },
  no_availability: { es: 'Sin horarios disponibles', en: 'No times available' },
  caller_declined: { es: 'La persona no quiso agendar', en: 'Caller declined' },
  dropped: { es: 'Se cortó la llamada', en: 'Call dropped' },
  transferred: { es: 'Llamada transferida', en: 'Call transferred' },
};

/** Indexed by ISO weekday (1 = Monday). */
const WEEKDAYS: readonly Bilingual[] = [
  { es: '', en: '' },
  { es: 'lunes', en: 'Monday' },
  { es: 'martes', en: 'Tuesday' },
  { es: 'miércoles', en: 'Wednesday' },
  { es: 'jueves', en: 'Thursday' },
  { es: 'viernes', en: 'Friday' },
  { es: 'sábado', en: 'Saturday' },
  { es: 'domingo', en: 'Sunday' },
];

export const wrapUpLabel = (code: WrapUpCode): Bilingual => WRAP_UP[code];

export const weekdayName = (isoWeekday: number): Bilingual =>
  WEEKDAYS[isoWeekday] ?? { es: String(isoWeekday), en: String(isoWeekday) };

/** "A, B o C" / "A, B or C"; Spanish writes "u" before a word that sounds like "o". */
export function orList(items: readonly Bilingual[]): Bilingual {
  return {
    es: joinOr(
      items.map((i) => i.es),
      (next) => (/^h?o/i.test(next) ? 'u' : 'o'),
    ),
    en: joinOr(
      items.map((i) => i.en),
      () => 'or',
    ),
  };
}

function joinOr(words: readonly string[], conjunction: (next: string) => string): string {
  if (words.length <= 1) return words[0] ?? '';
  const last = words[words.length - 1] as string;
  return `${words.slice(0, -1).join(', ')} ${conjunction(last)} ${last}`;
}

/** Seconds as `m:ss`, as the call timer shows them. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Same text in both languages (codes, dates, times). */
export const same = (text: string): Bilingual => ({ es: text, en: text });
