/**
 * NoticeSnapshots for tests (this module's and the notices' tests): an applicant, a procedure with
 * its requirements and fees, and consulates in the zones the messages must get right — Pacific,
 * Mountain with DST (El Paso), Arizona without it (Phoenix), Central, and Canada's Eastern and
 * Pacific, charging in Canadian dollars. Times are given as the consulate's wall time.
 */
import { zonedWallTimeToUtc } from '../../../../shared/domain/time/zoned-time';
import type { NoticeSnapshot } from '../message-types';

type Consulate = NoticeSnapshot['consulate'];

export const FIXTURE_CONSULATES = {
  LAX: {
    id: 'LAX',
    name: 'Consulado de México en Los Angeles',
    city: 'Los Angeles',
    country: 'US',
    timeZone: 'America/Los_Angeles',
    address: '2401 West 6th Street, Los Angeles, CA 90057',
  },
  CHI: {
    id: 'CHI',
    name: 'Consulado de México en Chicago',
    city: 'Chicago',
    country: 'US',
    timeZone: 'America/Chicago',
    address: '204 South Ashland Avenue, Chicago, IL 60607',
  },
  ELP: {
    id: 'ELP',
    name: 'Consulado de México en El Paso',
    city: 'El Paso',
    country: 'US',
    timeZone: 'America/Denver',
    address: '910 East San Antonio Avenue, El Paso, TX 79901',
  },
  PHX: {
    id: 'PHX',
    name: 'Consulado de México en Phoenix',
    city: 'Phoenix',
    country: 'US',
    timeZone: 'America/Phoenix',
    address: '320 East McDowell Road, Phoenix, AZ 85004',
  },
  YYZ: {
    id: 'YYZ',
    name: 'Consulado de México en Toronto',
    city: 'Toronto',
    country: 'CA',
    timeZone: 'America/Toronto',
    address: '11 King Street West, Suite 350, Toronto, ON M5H 4C7',
  },
  YVR: {
    id: 'YVR',
    name: 'Consulado de México en Vancouver',
    city: 'Vancouver',
    country: 'CA',
    timeZone: 'America/Vancouver',
    address: '1177 West Hastings Street, Suite 411, Vancouver, BC V6E 2K3',
  },
} as const satisfies Record<string, Consulate>;

export type FixtureConsulate = keyof typeof FIXTURE_CONSULATES;

export interface FixtureOptions {
  kind?: NoticeSnapshot['kind'];
  language?: NoticeSnapshot['language'];
  consulate?: FixtureConsulate;
  /** The appointment's local date and time at the consulate ('YYYY-MM-DD', 'HH:mm'). */
  date?: string;
  time?: string;
  minutes?: number;
  /** When the notice is made (default: two days before the appointment). */
  at?: string;
  applicant?: Partial<NoticeSnapshot['applicant']>;
  appointment?: Partial<NoticeSnapshot['appointment']>;
  /** A rescheduled appointment's previous local date and time. */
  previous?: { date: string; time: string };
  procedure?: Partial<NoticeSnapshot['procedure']>;
  fees?: NoticeSnapshot['fees'];
  closure?: NoticeSnapshot['closure'];
  offer?: NoticeSnapshot['offer'];
}

const localText = (date: string, time: string) => `${date}T${time}`;

/** One snapshot; every part can be overridden. */
export function noticeSnapshot(options: FixtureOptions = {}): NoticeSnapshot {
  const consulate: Consulate = { ...FIXTURE_CONSULATES[options.consulate ?? 'PHX'] };
  const date = options.date ?? '2027-03-16';
  const time = options.time ?? '09:00';
  const start = zonedWallTimeToUtc(date, time, consulate.timeZone);
  const end = new Date(start.getTime() + (options.minutes ?? 30) * 60_000);
  const language = options.language ?? 'es';
  const currency = consulate.country === 'CA' ? 'CAD' : 'USD';
  const kind = options.kind ?? 'booked';
  const previous = options.previous
    ? {
        start: zonedWallTimeToUtc(
          options.previous.date,
          options.previous.time,
          consulate.timeZone,
        ).toISOString(),
        localStart: localText(options.previous.date, options.previous.time),
      }
    : null;
  return {
    kind,
    language,
    at: options.at ?? new Date(start.getTime() - 48 * 3_600_000).toISOString(),
    applicant: {
      givenNames: 'María José',
      firstSurname: 'Hernández',
      secondSurname: 'López',
      email: 'maria.hernandez@example.com',
      smsPhone: '+16025550142',
      ...options.applicant,
    },
    appointment: {
      reservationId: 'res-0001',
      // A waitlist offer is a held seat: no appointment, no code yet.
      appointmentId: kind === 'waitlist_offer' ? null : 'apt-0001',
      confirmationCode: kind === 'waitlist_offer' ? null : 'K7P2M9X',
      calendarUid: 'apt-0001@miconsulado',
      calendarSequence: 0,
      start: start.toISOString(),
      end: end.toISOString(),
      localStart: localText(date, time),
      previous,
      ...options.appointment,
    },
    consulate,
    procedure: {
      id: 'passport_first_adult',
      name: language === 'es' ? 'Pasaporte por primera vez (mayor de edad)' : 'First passport (adult)',
      requirements:
        language === 'es'
          ? ['Acta de nacimiento mexicana original', 'Identificación oficial vigente con fotografía', 'CURP']
          : ['Original Mexican birth certificate', 'Valid official photo ID', 'CURP'],
      ...options.procedure,
    },
    fees: options.fees ?? [
      { label: language === 'es' ? 'Pasaporte de 6 años' : '6-year passport', amountCents: 16_300, currency },
      { label: language === 'es' ? 'Pasaporte de 10 años' : '10-year passport', amountCents: null, currency },
    ],
    closure: options.closure ?? (kind === 'closed' ? { reason: 'Día de Benito Juárez' } : null),
    offer:
      options.offer ??
      (kind === 'waitlist_offer'
        ? { expiresAt: new Date(start.getTime() - 24 * 3_600_000).toISOString() }
        : null),
  };
}
