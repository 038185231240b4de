/**
 * Practice runs against a real server: starting a scenario seeds the practice sandbox (the caller,
 * their appointment, a full consulate), asking reveals the caller's lines, finishing scores what
 * the sandbox shows, and results go to their owner and to leads. The scenarios are files written
 * here, in the server's PRACTICE_SCENARIOS_DIR.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTICE_HEADER, PracticeResult, PracticeRun } from '../../shared/api/practice';
import { buildCurp } from '../../shared/domain/curp/curp-builder';
import type { Scenario } from '../../shared/practice/scenario';
import {
  addDays,
  appointmentsOf,
  createApplicant,
  expectError,
  findFreeSlot,
  listSlots,
  login,
  searchApplicants,
  startCall,
  timeZoneOf,
  todayIn,
  type Session,
} from '../support/api-client';
import { inspectDb, type DbInspector } from '../support/db-inspector';
import { startTestServer, type TestServer } from '../support/test-server';

const lines: Scenario['lines'] = [
  { topic: 'greeting', ask: { es: 'Saludar', en: 'Greet' }, says: 'Buenas tardes, quiero una cita.' },
  {
    topic: 'curp',
    ask: { es: 'Pedir la CURP', en: 'Ask for the CURP' },
    says: 'Mi CURP la tengo aquí, se la leo.',
  },
  {
    topic: 'procedure',
    ask: { es: 'Preguntar el trámite', en: 'Ask for the procedure' },
    says: 'Necesito mi matrícula consular.',
  },
];

const base = {
  version: 1,
  title: { es: 'Prueba', en: 'Test' },
  brief: { es: 'Una llamada de prueba.', en: 'A test call.' },
  lesson: { es: 'Escuchar.', en: 'Listen.' },
  language: 'es-MX',
  opening: 'Bueno, ¿consulado?',
  lines,
  timeTargetSeconds: 600,
} as const;

/** A registered caller who already has an appointment in Phoenix, while Tucson is full. */
const rescheduleScenario: Scenario = {
  ...base,
  id: 'test-reschedule',
  caller: {
    givenNames: 'Zacarías',
    firstSurname: 'Quintanilla',
    secondSurname: 'Ybarra',
    birthDate: '1977-04-12',
    sex: 'H',
    state: 'SR',
    phone: '+1 602 555 0101',
    registered: true,
  },
  setup: {
    existingAppointment: { consulateId: 'PHX', procedureId: 'matricula', inDays: 3 },
    fullConsulates: ['TUS'],
  },
  expect: {
    outcome: 'rescheduled',
    procedureId: 'matricula',
    consulateIds: ['PHX'],
    slot: null,
    wrapUpCodes: ['rescheduled'],
    readRequirements: false,
    readBack: true,
  },
};

/** A new caller the trainee registers and books at Phoenix within two weeks. */
const newCallerScenario: Scenario = {
  ...base,
  id: 'test-new-caller',
  caller: {
    givenNames: 'Eulalia',
    firstSurname: 'Pacheco',
    secondSurname: 'Urquidi',
    birthDate: '1991-09-30',
    sex: 'M',
    state: 'CH',
    phone: null,
    registered: false,
  },
  setup: { existingAppointment: null, fullConsulates: [] },
  expect: {
    outcome: 'booked',
    procedureId: 'matricula',
    consulateIds: ['PHX'],
    slot: { fromDays: 0, toDays: 14, weekdays: [], earliest: null, latest: null },
    wrapUpCodes: ['booked'],
    readRequirements: true,
    readBack: true,
  },
};

let dir: string;
let server: TestServer;
let db: DbInspector;
let trainee: Session;
let trainee2: Session;
let operator: Session;
let lead: Session;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'miconsulado-scenarios-'));
  writeFileSync(join(dir, 'reschedule.json'), JSON.stringify(rescheduleScenario));
  writeFileSync(join(dir, 'new-caller.json'), JSON.stringify(newCallerScenario));
  writeFileSync(join(dir, 'notes.txt'), 'not a scenario');
  server = await startTestServer({
    PRACTICE_SCENARIOS_DIR: dir,
    MAX_LIVE_HOLDS_PER_USER: '100',
    HOLDS_PER_MINUTE: '10000',
  });
  db = inspectDb(server.databaseUrl);
  [trainee, trainee2, operator, lead] = await Promise.all([
    login(server.url, 'trainee1'),
    login(server.url, 'trainee2'),
    login(server.url, 'operator1'),
    login(server.url, 'lead1'),
  ]);
});

afterAll(async () => {
  await db?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function startRun(
  session: Session,
  scenarioId: string,
  headers?: Record<string, string>,
): Promise<PracticeRun> {
  const response = await session.api.post<PracticeRun>('/api/practice/runs', { scenarioId }, headers);
  if (response.status !== 201)
    throw new Error(`start failed: ${response.status} ${JSON.stringify(response.body)}`);
  return PracticeRun.strict().parse(response.body);
}

async function finish(session: Session, runId: string): Promise<PracticeResult> {
  const response = await session.api.post<PracticeResult>(`/api/practice/runs/${runId}/finish`);
  if (response.status !== 200)
    throw new Error(`finish failed: ${response.status} ${JSON.stringify(response.body)}`);
  return PracticeResult.strict().parse(response.body);
}

describe('the scenario catalog', () => {
  it('lists every scenario file without its answers, to any role', async () => {
    const response = await operator.api.get<{ items: Record<string, unknown>[] }>('/api/practice/scenarios');
    expect(response.status).toBe(200);
    expect(response.body.items.map((s) => s.id).sort()).toEqual(['test-new-caller', 'test-reschedule']);
    expect(response.body.items[0]).not.toHaveProperty('lines');
    expect(response.body.items[0]).not.toHaveProperty('caller');
  });

  it('refuses to start the server on a file that is not a valid scenario, naming the file', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'miconsulado-bad-scenarios-'));
    try {
      writeFileSync(join(bad, 'broken.json'), JSON.stringify({ ...newCallerScenario, timeTargetSeconds: 5 }));
      await expect(startTestServer({ PRACTICE_SCENARIOS_DIR: bad })).rejects.toThrow(
        /broken\.json.*timeTargetSeconds/,
      );
      writeFileSync(
        join(bad, 'broken.json'),
        JSON.stringify({ ...newCallerScenario, caller: { ...newCallerScenario.caller, state: 'ZZ' } }),
      );
      await expect(startTestServer({ PRACTICE_SCENARIOS_DIR: bad })).rejects.toThrow(
        /broken\.json.*caller.*ZZ/,
      );
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});

describe('starting a run', () => {
  it('seeds the sandbox: the caller findable, their appointment booked, the full consulate at 0 seats (live keeps its seats)', async () => {
    const run = await startRun(trainee, 'test-reschedule');
    expect(run).toMatchObject({
      scenarioId: 'test-reschedule',
      scenarioVersion: 1,
      finishedAt: null,
      hasRegisteredCaller: true,
      opening: base.opening,
    });
    expect(run.lines.map((l) => l.says)).toEqual([null, null, null]);

    const curp = buildCurp(rescheduleScenario.caller);
    const [caller] = await searchApplicants(trainee.api, curp);
    expect(caller).toMatchObject({ curp, givenNames: 'Zacarías', firstSurname: 'Quintanilla' });
    const appointments = await appointmentsOf(trainee.api, caller!.id);
    expect(appointments).toEqual([
      expect.objectContaining({ consulateId: 'PHX', procedureId: 'matricula', status: 'booked' }),
    ]);
    expect(await searchApplicants(operator.api, curp)).toEqual([]);

    const zone = await timeZoneOf(trainee.api, 'TUS');
    const from = todayIn(zone);
    const practiceTucson = await listSlots(trainee.api, 'TUS', from, addDays(from, 13));
    const liveTucson = await listSlots(operator.api, 'TUS', from, addDays(from, 13));
    expect(practiceTucson.length).toBeGreaterThan(0);
    expect(practiceTucson.every((s) => s.available === 0)).toBe(true);
    expect(liveTucson.some((s) => s.available > 0)).toBe(true);
    expect((await db.auditOf('practice_run', run.id)).map((e) => [e.action, e.sandbox])).toEqual([
      ['practice.run_started', `practice:${trainee.user.id}`],
    ]);

    // Starting it again starts the same: one caller, one appointment.
    await startRun(trainee, 'test-reschedule');
    const again = await searchApplicants(trainee.api, curp);
    expect(again).toHaveLength(1);
    expect(
      (await appointmentsOf(trainee.api, again[0]!.id)).filter((a) => a.status === 'booked'),
    ).toHaveLength(1);
    expect(await db.overbookedSlots()).toEqual([]);
  });

  it('gives back the seats an earlier scenario filled: the next scenario finds the full consulate bookable again', async () => {
    await startRun(trainee2, 'test-reschedule');
    const from = todayIn(await timeZoneOf(trainee2.api, 'TUS'));
    const tucson = () => listSlots(trainee2.api, 'TUS', from, addDays(from, 13));
    expect((await tucson()).every((s) => s.available === 0)).toBe(true);

    await startRun(trainee2, 'test-new-caller');
    expect((await tucson()).some((s) => s.available > 0)).toBe(true);
    expect(await db.overbookedSlots()).toEqual([]);
  });

  it('is refused (403) to an operator without practice mode, allowed with it; an unknown scenario is 404', async () => {
    expectError(
      await operator.api.post('/api/practice/runs', { scenarioId: 'test-new-caller' }),
      403,
      'forbidden',
    );
    expectError(
      await lead.api.post('/api/practice/runs', { scenarioId: 'test-new-caller' }),
      403,
      'forbidden',
    );
    expect(
      (await startRun(operator, 'test-new-caller', { [PRACTICE_HEADER]: 'on' })).hasRegisteredCaller,
    ).toBe(false);
    expectError(
      await trainee.api.post('/api/practice/runs', { scenarioId: 'no-such-scenario' }),
      404,
      'not_found',
    );
    expectError(await trainee.api.post('/api/practice/runs', {}), 400, 'invalid_request');
  });
});

describe('asking the caller', () => {
  it("reveals only the line asked; a line that does not exist is 400; someone else's run is 404", async () => {
    const run = await startRun(trainee, 'test-new-caller');
    const asked = await trainee.api.post<PracticeRun>(`/api/practice/runs/${run.id}/events`, {
      kind: 'ask',
      lineIndex: 2,
    });
    expect(asked.status).toBe(200);
    expect(asked.body.lines.map((l) => l.says)).toEqual([null, null, lines[2]!.says]);
    expectError(
      await trainee.api.post(`/api/practice/runs/${run.id}/events`, { kind: 'ask', lineIndex: 3 }),
      400,
      'invalid_request',
    );
    expectError(
      await trainee2.api.post(`/api/practice/runs/${run.id}/events`, { kind: 'ask', lineIndex: 0 }),
      404,
      'not_found',
    );
    expectError(await trainee2.api.post(`/api/practice/runs/${run.id}/finish`), 404, 'not_found');
  });
});

describe('finishing a run', () => {
  it('scores a run done right: registered, booked within the window, requirements and read-back, wrapped up as booked', async () => {
    const run = await startRun(trainee, 'test-new-caller');
    expect(await searchApplicants(trainee.api, buildCurp(newCallerScenario.caller))).toEqual([]);
    const call = await startCall(trainee.api);
    for (const lineIndex of [0, 1, 2])
      await trainee.api.post(`/api/practice/runs/${run.id}/events`, { kind: 'ask', lineIndex });
    const {
      sex: _sex,
      state: _state,
      registered: _registered,
      phone: _phone,
      ...names
    } = newCallerScenario.caller;
    const applicant = await createApplicant(trainee.api, {
      ...names,
      curp: buildCurp(newCallerScenario.caller),
    });
    const slot = await findFreeSlot(trainee.api, { consulateId: 'PHX' });
    const procedure = (
      await trainee.api.get<{ items: { id: string; requirements: unknown[] }[] }>('/api/procedures')
    ).body.items.find((p) => p.id === 'matricula')!;
    await trainee.api.post(`/api/practice/runs/${run.id}/events`, {
      kind: 'requirements_read',
      procedureId: 'matricula',
      count: procedure.requirements.length,
    });
    // Booked on the call (X-Call-Id, as the console sends it): the call's outcome names it.
    const held = await trainee.api.post<{ id: string }>(
      '/api/holds',
      { slotId: slot.id, applicantId: applicant.id, procedureId: 'matricula' },
      { 'x-call-id': call.id },
    );
    const appointment = (
      await trainee.api.post<{ id: string }>(
        '/api/appointments',
        { holdId: held.body.id },
        { 'x-call-id': call.id, 'idempotency-key': `run-${run.id}` },
      )
    ).body;
    await trainee.api.post(`/api/practice/runs/${run.id}/events`, {
      kind: 'read_back',
      appointmentId: appointment.id,
    });
    expect(
      (
        await trainee.api.post(`/api/calls/${call.id}/end`, {
          wrapUpCode: 'booked',
          appointmentId: appointment.id,
        })
      ).status,
    ).toBe(200);

    const result = await finish(trainee, run.id);
    expect(result).toMatchObject({
      runId: run.id,
      userId: trainee.user.id,
      scenarioId: 'test-new-caller',
      outcome: 'booked',
      wrapUpCode: 'booked',
      timeTargetSeconds: 600,
    });
    expect(result.checks.filter((c) => !c.passed)).toEqual([]);
    expect(result.score).toBe(100);
    expect(result.durationSeconds).not.toBeNull();

    expectError(await trainee.api.post(`/api/practice/runs/${run.id}/finish`), 409, 'practice_run_finished');
    expectError(
      await trainee.api.post(`/api/practice/runs/${run.id}/events`, { kind: 'ask', lineIndex: 0 }),
      409,
      'practice_run_finished',
    );
    expect((await db.auditOf('practice_run', run.id)).map((e) => e.action)).toEqual([
      'practice.run_started',
      'practice.run_finished',
    ]);
  });

  it('scores a run where nothing was done low, with every missing step failed', async () => {
    const run = await startRun(trainee2, 'test-new-caller');
    const result = await finish(trainee2, run.id);
    expect(result).toMatchObject({ outcome: null, wrapUpCode: null, durationSeconds: null });
    expect(result.score).toBeLessThan(30);
    const failed = new Set(result.checks.filter((c) => !c.passed).map((c) => c.id));
    for (const id of ['applicant', 'outcome', 'read_back', 'wrap_up'] as const) expect(failed).toContain(id);
  });
});

describe('results', () => {
  it("are the owner's, newest first; a lead sees everyone's or one user's; another trainee gets 403 for someone else", async () => {
    const own = await trainee.api.get<{ items: PracticeResult[] }>('/api/practice/results');
    expect(own.status).toBe(200);
    expect(own.body.items.length).toBeGreaterThan(0);
    expect(own.body.items.every((r) => r.userId === trainee.user.id)).toBe(true);
    const finished = own.body.items.map((r) => r.finishedAt);
    expect([...finished].sort().reverse()).toEqual(finished);

    const everyone = await lead.api.get<{ items: PracticeResult[] }>('/api/practice/results');
    expect(new Set(everyone.body.items.map((r) => r.userId))).toEqual(
      new Set([trainee.user.id, trainee2.user.id]),
    );
    const one = await lead.api.get<{ items: PracticeResult[] }>(
      `/api/practice/results?userId=${trainee2.user.id}`,
    );
    expect(one.body.items.map((r) => r.userId)).toEqual([trainee2.user.id]);

    expectError(await trainee2.api.get(`/api/practice/results?userId=${trainee.user.id}`), 403, 'forbidden');
    expectError(await operator.api.get(`/api/practice/results?userId=${trainee.user.id}`), 403, 'forbidden');
    const theirs = await trainee2.api.get<{ items: PracticeResult[] }>('/api/practice/results');
    expect(theirs.body.items.every((r) => r.userId === trainee2.user.id)).toBe(true);
  });
});
