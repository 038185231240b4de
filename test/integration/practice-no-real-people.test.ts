/**
 * Practice never holds real people's data: a run's sandbox holds only its scenario's made-up caller,
 * the practice pool only people reached at made-up numbers and addresses, a trainee (or an operator
 * practising) searching a real applicant's CURP, phone or name finds none of them, and a practice
 * call from a real applicant's number pops no real record. Real server, both databases.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Applicant } from '../../shared/api/applicants';
import { PRACTICE_HEADER, type PracticeRun } from '../../shared/api/practice';
import type { CallOfferedPayload, MyCall } from '../../shared/api/routing';
import { normalizePhone } from '../../shared/domain/phone/phone';
import { callerCurp } from '../../shared/practice/caller-identity';
import type { Scenario } from '../../shared/practice/scenario';
import { DEFAULT_PRACTICE_SCENARIOS_DIR } from '../../server/platform/config';
import type { Database } from '../../server/platform/db/schema';
import { LIVE_APPLICANT_SEED } from '../../server/seed/demo-callers';
import { isFictionalPhone } from '../../server/seed/fictional-contacts';
import { generateApplicants } from '../../server/seed/generators/applicant-generator';
import { login, type Session } from '../support/api-client';
import { FloorSocket } from '../support/floor-client';
import { waitFor } from '../support/socket-client';
import { openTestKysely } from '../support/test-kysely';
import { startTestServer, type TestServer } from '../support/test-server';

const shipped: Scenario[] = readdirSync(DEFAULT_PRACTICE_SCENARIOS_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(DEFAULT_PRACTICE_SCENARIOS_DIR, f), 'utf8')) as Scenario);

/** A real applicant of the demo data with a phone: the same deterministic people the seed writes. */
const realCaller = [...generateApplicants({ count: 20, seed: LIVE_APPLICANT_SEED })].find((a) => a.phone)!;
/** A lead's scenario whose caller (not registered) rings from that real applicant's number. */
const REAL_NUMBER_SCENARIO = 'caller-with-a-real-number';

let dir: string;
let server: TestServer;
let db: Kysely<Database>;
let trainee: Session;
let operator: Session;

interface Person {
  curp: string | null;
  phone: string | null;
  email: string | null;
  given_names: string;
  first_surname: string;
  second_surname: string | null;
  birth_date: string;
}
/** A scenario's caller as a sandbox row holds them (never an e-mail). */
const callerRow = ({ caller }: Scenario) => [
  callerCurp(caller),
  caller.givenNames,
  caller.firstSurname,
  caller.birthDate,
  caller.phone ? normalizePhone(caller.phone) : null,
  null,
];
const callers = shipped.map(callerRow);
const identity = (p: Person) => `${p.given_names}|${p.first_surname}|${p.second_surname}|${p.birth_date}`;
let live: { curps: Set<string>; phones: Set<string>; emails: Set<string>; identities: Set<string> };
let liveRows: (Person & { id: string })[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'practice-scenarios-'));
  cpSync(DEFAULT_PRACTICE_SCENARIOS_DIR, dir, { recursive: true });
  const base = shipped.find((s) => s.caller.registered && !s.setup.existingAppointment)!;
  const realNumber: Scenario = {
    ...base,
    id: REAL_NUMBER_SCENARIO,
    caller: { ...base.caller, phone: realCaller.phone!, registered: false },
  };
  writeFileSync(join(dir, `zz-${REAL_NUMBER_SCENARIO}.json`), JSON.stringify(realNumber, null, 2));
  server = await startTestServer({
    PRACTICE_SCENARIOS_DIR: dir,
    TELEPHONY_TOKEN: 'practice-no-real-token',
    OFFER_TIMEOUT_SECONDS: '60',
  });
  db = openTestKysely(server.databaseUrl, { readOnly: true });
  [trainee, operator] = await Promise.all([login(server.url, 'trainee4'), login(server.url, 'operator21')]);
  liveRows = await db
    .selectFrom('applicants')
    .select(['id', 'curp', 'phone', 'email', 'given_names', 'first_surname', 'second_surname', 'birth_date'])
    .where('sandbox', '=', 'live')
    .execute();
  live = {
    curps: new Set(liveRows.flatMap((r) => (r.curp ? [r.curp] : []))),
    phones: new Set(liveRows.flatMap((r) => (r.phone ? [r.phone] : []))),
    emails: new Set(liveRows.flatMap((r) => (r.email ? [r.email] : []))),
    identities: new Set(liveRows.map(identity)),
  };
});

afterAll(async () => {
  await db?.destroy();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const practiceRows = (sandbox: string) =>
  db
    .selectFrom('applicants')
    .select(['id', 'curp', 'phone', 'email', 'given_names', 'first_surname', 'second_surname', 'birth_date'])
    .where('sandbox', '=', sandbox)
    .execute();

/** What of a real person a row carries (empty: nothing). */
const realDataIn = (p: Person) =>
  [
    p.curp && live.curps.has(p.curp) ? 'curp' : null,
    p.phone && live.phones.has(p.phone) ? 'phone' : null,
    p.email && live.emails.has(p.email) ? 'email' : null,
    live.identities.has(identity(p)) ? 'names and birth date' : null,
  ].filter((x) => x !== null);

describe('practice never holds real people', () => {
  it('seeds the demo with a sizeable live set to compare against', () => {
    expect(liveRows.length).toBeGreaterThanOrEqual(1000);
    expect(live.phones.has(realCaller.phone!)).toBe(true);
  });

  it("runs of every shipped scenario put only the scenario's made-up caller in the sandbox", async () => {
    const sandbox = `practice:${trainee.user.id}`;
    for (const scenario of shipped) {
      const started = await trainee.api.post<PracticeRun>('/api/practice/runs', { scenarioId: scenario.id });
      expect(started.status, scenario.id).toBe(201);
      const rows = await practiceRows(sandbox);
      // Scenario callers only (earlier runs' stay until a reset); this one's once registered.
      const seen = rows.map((r) => [r.curp, r.given_names, r.first_surname, r.birth_date, r.phone, r.email]);
      for (const row of seen) expect(callers, scenario.id).toContainEqual(row);
      if (scenario.caller.registered || scenario.setup.existingAppointment)
        expect(seen, scenario.id).toContainEqual(callerRow(scenario));
      for (const row of rows) expect(realDataIn(row), scenario.id).toEqual([]);
      // Every reservation of the sandbox is its own caller's: never a live applicant's.
      const reserved = await db
        .selectFrom('reservations')
        .select('applicant_id')
        .where('sandbox', '=', sandbox)
        .execute();
      const ids = new Set(rows.map((r) => r.id));
      for (const r of reserved) expect(ids.has(r.applicant_id), scenario.id).toBe(true);
    }
  });

  it("the shipped scenarios' callers are made up: numbers no one is reached at, CURPs no demo applicant has", () => {
    for (const scenario of shipped) {
      const { phone } = scenario.caller;
      if (phone)
        expect(isFictionalPhone(normalizePhone(phone) ?? phone), `${scenario.id}: ${phone}`).toBe(true);
      const curp = callerCurp(scenario.caller);
      if (curp) expect(live.curps.has(curp), scenario.id).toBe(false);
    }
  });

  it('the practice pool holds no real CURP, phone, e-mail or person, and reaches no one', async () => {
    const pool = await practiceRows('practice');
    expect(pool.length).toBe(2000);
    for (const row of pool) {
      expect(realDataIn(row), row.id).toEqual([]);
      if (row.phone) expect(isFictionalPhone(row.phone), row.phone).toBe(true);
      if (row.email) expect(row.email.endsWith('@example.com'), row.email).toBe(true);
    }
  });

  it("a trainee, or an operator practising, searching a real applicant's CURP, phone or name finds none of them", async () => {
    const people = liveRows.filter((r) => r.curp && r.phone).slice(0, 5);
    expect(people).toHaveLength(5);
    const searchers: [Session, Record<string, string>][] = [
      [trainee, {}],
      [operator, { [PRACTICE_HEADER]: 'on' }],
    ];
    for (const [who, headers] of searchers) {
      for (const person of people) {
        for (const q of [
          person.curp!,
          person.phone!,
          person.phone!.slice(-7),
          `${person.given_names} ${person.first_surname} ${person.second_surname ?? ''}`.trim(),
        ]) {
          const found = await who.api.get<{ items: Applicant[] }>(
            `/api/applicants?q=${encodeURIComponent(q)}&limit=50`,
            headers,
          );
          expect(found.status).toBe(200);
          // Namesakes of the practice pool may answer a name; never a real person, nor their data.
          for (const hit of found.body.items) {
            expect(liveRows.some((r) => r.id === hit.id)).toBe(false);
            expect(hit.curp === null || !live.curps.has(hit.curp)).toBe(true);
            expect(hit.phone === null || !live.phones.has(hit.phone)).toBe(true);
          }
          if (q === person.curp || q === person.phone) expect(found.body.items, q).toEqual([]);
        }
      }
      // The same searches live do find them: the test searches what is there.
      const liveFound = await operator.api.get<{ items: Applicant[] }>(
        `/api/applicants?q=${encodeURIComponent(people[0]!.curp!)}`,
      );
      expect(liveFound.body.items.map((a) => a.id)).toEqual([people[0]!.id]);
    }
  });

  it("a practice call from a real applicant's number pops no real record", async () => {
    const ringing = await FloorSocket.connect(server.url, trainee.token);
    const offers: CallOfferedPayload[] = [];
    ringing.socket.on('call:offered', (offer) => offers.push(offer));
    try {
      await ringing.waitForStatus((s) => s.state === 'available', 'available');
      const started = await trainee.api.post<PracticeRun>('/api/practice/runs', {
        scenarioId: REAL_NUMBER_SCENARIO,
      });
      expect(started.status).toBe(201);
      const offer = await waitFor(
        () => offers.find((o) => o.from === realCaller.phone),
        10_000,
        "the practice caller's offer",
      );
      expect(offer.matches).toEqual([]);
      const accepted = await trainee.api.post<MyCall>(`/api/offers/${offer.offerId}/accept`);
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ from: realCaller.phone, matches: [], applicantId: null });
      const mine = await trainee.api.get<MyCall>('/api/me/call');
      expect(mine.body.matches).toEqual([]);
    } finally {
      ringing.close();
    }
  });
});
