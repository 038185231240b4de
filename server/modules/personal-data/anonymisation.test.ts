import { describe, expect, it } from 'vitest';
import {
  anonymisedApplicantColumns,
  ERASED,
  identifyingStrings,
  isAnonymised,
  retentionCutoff,
  scrubbedDetailsJson,
  scrubDetails,
} from './anonymisation';
import { erasureRefusal, type ErasureFacts } from './erasure-rules';

const person = {
  id: 'app_123',
  curp: 'GOMR800101HDFMRS09',
  identity_key: null,
  birth_date: '1980-11-23',
  email: 'rosa.gomez@example.org',
  phone: '+13105550142',
  phone_digits: '13105550142',
  given_names: 'Rosa María',
  first_surname: 'Gómez',
  second_surname: 'Ruiz',
};

describe('anonymising an applicant', () => {
  it('clears names, CURP, phone and e-mail and keeps only the birth year', () => {
    const columns = anonymisedApplicantColumns(person);
    expect(columns).toEqual({
      curp: 'anonymised:app_123',
      identity_key: null,
      given_names: '',
      first_surname: '',
      second_surname: null,
      birth_date: '1980-07-01',
      phone: null,
      phone_digits: null,
      phone_digits_reversed: null,
      email: null,
    });
    expect(JSON.stringify(columns)).not.toMatch(/GOMR|Rosa|Gómez|5550142|example\.org|11-23/);
    expect(isAnonymised(person)).toBe(false);
    expect(isAnonymised({ ...person, ...columns })).toBe(true);
  });

  it('keeps a person without a CURP without one (their reason stays a statistic), marked by the identity key', () => {
    const columns = anonymisedApplicantColumns({
      ...person,
      curp: null,
      identity_key: 'ROSA|GOMEZ|1980-11-23',
    });
    expect(columns.curp).toBeNull();
    expect(columns.identity_key).toBe('anonymised:app_123');
    expect(isAnonymised({ curp: null, identity_key: columns.identity_key })).toBe(true);
  });

  it('is idempotent: anonymising an anonymised row changes nothing', () => {
    const once = { ...person, ...anonymisedApplicantColumns(person) };
    expect({ ...once, ...anonymisedApplicantColumns(once) }).toEqual(once);
    expect(identifyingStrings(once)).toEqual([]);
  });
});

describe('scrubbing audit details', () => {
  const identifying = identifyingStrings(person);

  it('takes the CURP out of a registration entry and any string quoting the address or number', () => {
    expect(scrubDetails({ curp: person.curp, noCurpReason: null }, identifying)).toEqual({
      curp: null,
      noCurpReason: null,
    });
    expect(
      scrubDetails(
        { kind: 'booked', reason: '550 5.1.1 <ROSA.GOMEZ@example.org>: user unknown', to: '+1 310 555 0142' },
        identifying,
      ),
    ).toEqual({ kind: 'booked', reason: ERASED, to: '+1 310 555 0142' });
    expect(scrubDetails({ to: '+13105550142', nested: [{ from: person.phone }] }, identifying)).toEqual({
      to: ERASED,
      nested: [{ from: ERASED }],
    });
  });

  it('leaves ids, codes and instants alone, and says when nothing changed', () => {
    const details = {
      slotId: 'slt_1',
      applicantId: 'app_123',
      from: '2027-01-04T14:00:00.000Z',
      to: '2027-01-05',
    };
    expect(scrubDetails(details, identifying)).toEqual(details);
    expect(scrubbedDetailsJson(JSON.stringify(details), identifying)).toBeNull();
    expect(JSON.parse(scrubbedDetailsJson(JSON.stringify({ curp: person.curp }), identifying)!)).toEqual({
      curp: null,
    });
  });
});

describe('the retention cut-off', () => {
  it('is the same instant so many calendar years before', () => {
    expect(retentionCutoff(new Date('2032-03-01T08:00:00.000Z'), 5).toISOString()).toBe(
      '2027-03-01T08:00:00.000Z',
    );
  });
});

describe('when an erasure is allowed', () => {
  const now = new Date('2027-03-14T15:00:00.000Z');
  const none: ErasureFacts = { reservations: [], waitlist: [], calls: [], routedCalls: [] };
  const booked = (slot_start: string, status = 'booked') => ({
    status,
    lapsed_at: null,
    expires_at: '2027-03-14T15:05:00.000Z',
    slot_start,
  });

  it('is refused with an appointment still to come, a held seat, the waitlist or an open call', () => {
    expect(erasureRefusal({ ...none, reservations: [booked('2027-03-20T16:00:00.000Z')] }, now)?.reason).toBe(
      'upcoming_appointment',
    );
    expect(
      erasureRefusal({ ...none, reservations: [booked('2027-03-20T16:00:00.000Z', 'held')] }, now)?.reason,
    ).toBe('seat_held');
    expect(erasureRefusal({ ...none, waitlist: [{ status: 'waiting' }] }, now)?.reason).toBe('on_waitlist');
    expect(erasureRefusal({ ...none, calls: [{ ended_at: null }] }, now)?.reason).toBe('call_in_progress');
    expect(erasureRefusal({ ...none, routedCalls: [{ status: 'waiting' }] }, now)?.reason).toBe(
      'call_in_progress',
    );
  });

  it('is allowed after the appointment was cancelled or has passed, and with ended entries', () => {
    expect(erasureRefusal(none, now)).toBeNull();
    expect(
      erasureRefusal(
        {
          reservations: [
            booked('2027-03-20T16:00:00.000Z', 'cancelled'),
            booked('2027-03-01T16:00:00.000Z'),
            { ...booked('2027-03-20T16:00:00.000Z', 'held'), expires_at: '2027-03-14T14:59:00.000Z' },
          ],
          waitlist: [{ status: 'expired' }, { status: 'booked' }],
          calls: [{ ended_at: '2027-03-01T16:10:00.000Z' }],
          routedCalls: [{ status: 'ended' }, { status: 'abandoned' }],
        },
        now,
      ),
    ).toBeNull();
  });
});
