/**
 * A tiny HTTP client for the public API, as any client sees it: fetch, JSON, bearer tokens.
 * Types come from the shared zod schemas; nothing here reaches into the server.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Applicant, CreateApplicantBody } from '../../shared/api/applicants';
import type { Appointment } from '../../shared/api/booking/appointments';
import type { User } from '../../shared/api/auth';
import type { Call, EndCallBody } from '../../shared/api/calls';
import type { Hold } from '../../shared/api/booking/holds';
import type { Slot } from '../../shared/api/slots';
import { buildCurp } from '../../shared/domain/curp/curp-builder';

export const DEMO_PASSWORD = 'demo1234';

export interface ApiResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export interface RequestOptions {
  /** A JSON value to send (serialized here). */
  body?: unknown;
  /** Bytes or text to send as they are (with `content-type: application/json` unless told). */
  rawBody?: string;
  headers?: Record<string, string>;
}

export class ApiClient {
  constructor(
    readonly url: string,
    readonly token: string | null = null,
  ) {}

  async request<T = unknown>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {};
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] = 'application/json';
    Object.assign(headers, options.headers);
    const response = await fetch(`${this.url}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('application/json') && text !== '')
      parsed = JSON.parse(text);
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = unknown>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, { headers });
  }

  post<T = unknown>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, { body, headers });
  }

  patch<T = unknown>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PATCH', path, { body, headers });
  }

  del<T = unknown>(path: string, headers?: Record<string, string>) {
    return this.request<T>('DELETE', path, { headers });
  }
}

export interface Session {
  api: ApiClient;
  token: string;
  user: User;
}

/** Signs a demo user in (password `demo1234`). */
export async function login(url: string, username: string, password = DEMO_PASSWORD): Promise<Session> {
  const response = await new ApiClient(url).post<{ token: string; user: User }>('/api/auth/login', {
    username,
    password,
  });
  if (response.status !== 200)
    throw new Error(`login of ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return {
    api: new ApiClient(url, response.body.token),
    token: response.body.token,
    user: response.body.user,
  };
}

/** Asserts the contract's error shape with this status and code; returns the body. */
export function expectError(response: ApiResponse<unknown>, status: number, code: string): ErrorBody {
  expect({ status: response.status, body: response.body }).toMatchObject({
    status,
    body: { error: { code } },
  });
  expectErrorShape(response);
  return response.body as ErrorBody;
}

/** `{error: {code, message}}` with a snake_case code and a message for people. */
export function expectErrorShape(response: ApiResponse<unknown>) {
  const body = response.body as ErrorBody;
  expect(body, `error body of a ${response.status}`).toEqual({
    error: expect.objectContaining({
      code: expect.stringMatching(/^[a-z]+(_[a-z]+)*$/),
      message: expect.any(String),
    }),
  });
  expect(body.error.message.length).toBeGreaterThan(0);
}

export const newIdempotencyKey = () => randomUUID();

// ---------------------------------------------------------------------------------------------
// Dates

/** `YYYY-MM-DD` plus `days`, by calendar. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Today's date in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The wall time of an instant in a time zone, `YYYY-MM-DDTHH:mm`. */
export function wallTimeIn(instant: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

const zonesByServer = new Map<string, Map<string, string>>();

/** A consulate's time zone, as GET /api/consulates tells it (fetched once per server). */
export async function timeZoneOf(api: ApiClient, consulateId: string): Promise<string> {
  let zones = zonesByServer.get(api.url);
  if (!zones) {
    const response = await api.get<{ items: { id: string; timeZone: string }[] }>('/api/consulates');
    if (response.status !== 200) throw new Error(`GET /api/consulates failed: ${response.status}`);
    zones = new Map(response.body.items.map((c) => [c.id, c.timeZone]));
    zonesByServer.set(api.url, zones);
  }
  const zone = zones.get(consulateId);
  if (!zone) throw new Error(`unknown consulate ${consulateId}`);
  return zone;
}

// ---------------------------------------------------------------------------------------------
// Slots

export async function listSlots(
  api: ApiClient,
  consulateId: string,
  from: string,
  to: string,
): Promise<Slot[]> {
  const response = await api.get<{ items: Slot[] }>(
    `/api/slots?consulateId=${consulateId}&from=${from}&to=${to}`,
  );
  if (response.status !== 200)
    throw new Error(`GET /api/slots failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.items;
}

/** The slot as the API shows it now (to the caller's role and sandbox). */
export async function getSlot(
  api: ApiClient,
  slot: Pick<Slot, 'id' | 'consulateId' | 'localStart'>,
): Promise<Slot> {
  const day = slot.localStart.slice(0, 10);
  const found = (await listSlots(api, slot.consulateId, day, day)).find((s) => s.id === slot.id);
  if (!found) throw new Error(`slot ${slot.id} is not listed any more`);
  return found;
}

export const availableOf = async (api: ApiClient, slot: Pick<Slot, 'id' | 'consulateId' | 'localStart'>) =>
  (await getSlot(api, slot)).available;

/** Slots handed out by findFreeSlot in this test file, so that two tests never share one. */
const claimed = new Set<string>();

/**
 * A future slot (at least two hours ahead, past any lead time) with at least `seats` free seats
 * that no other test of this file has been given. Whatever today is: days without a free seat
 * (weekends, holidays, closed days) are skipped, and past the test server's seeded two weeks it
 * looks as far as one listing reaches.
 */
export async function findFreeSlot(
  api: ApiClient,
  options: { consulateId: string; seats?: number; skipDays?: number },
): Promise<Slot> {
  const seats = options.seats ?? 1;
  const today = todayIn(await timeZoneOf(api, options.consulateId));
  const from = addDays(today, options.skipDays ?? 1);
  const windows: [string, string][] = [
    [from, addDays(today, 13)],
    [addDays(today, 14), addDays(from, 61)],
  ];
  for (const [first, last] of windows) {
    if (first > last) continue;
    const soonest = Date.now() + 2 * 3_600_000;
    const slot = (await listSlots(api, options.consulateId, first, last)).find(
      (s) => Date.parse(s.start) > soonest && s.available >= seats && !claimed.has(`${api.url}|${s.id}`),
    );
    if (!slot) continue;
    claimed.add(`${api.url}|${slot.id}`);
    return slot;
  }
  throw new Error(
    `no free slot with ${seats} seats at ${options.consulateId} from ${from} to ${addDays(from, 61)} (today there: ${today})`,
  );
}

/** Makes a slot have exactly `seats` free seats by setting its capacity (as a lead). */
export async function setCapacity(lead: ApiClient, slotId: string, capacity: number): Promise<Slot> {
  const response = await lead.patch<Slot>(`/api/slots/${slotId}`, { capacity });
  if (response.status !== 200)
    throw new Error(`PATCH capacity failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

// ---------------------------------------------------------------------------------------------
// Applicants

const GIVEN = [
  'Aurelio',
  'Bernardina',
  'Casimiro',
  'Dionisia',
  'Eustaquio',
  'Filomena',
  'Gumersindo',
  'Hermenegilda',
  'Isidoro',
  'Jacinta',
  'Leocadio',
  'Macrina',
];
const SURNAMES = [
  'Zubiría',
  'Quiñones',
  'Villaseñor',
  'Olvera',
  'Íñiguez',
  'Bustamante',
  'Cervantes',
  'Dorantes',
  'Echeverría',
  'Fuentes',
  'Galván',
  'Hinojosa',
];
let applicantCounter = 0;

/**
 * A valid, unused registration: the CURP is built from the names and a birth date unique to this
 * test file (counting days from 1950), with the homonym character 9 that the seed never uses.
 */
export function newApplicantBody(
  overrides: Partial<CreateApplicantBody> = {},
): CreateApplicantBody & { curp: string } {
  const n = applicantCounter++;
  const person = {
    givenNames: GIVEN[n % GIVEN.length] as string,
    firstSurname: SURNAMES[Math.floor(n / GIVEN.length) % SURNAMES.length] as string,
    secondSurname: SURNAMES[(n + 5) % SURNAMES.length] as string | null,
    birthDate: addDays('1950-01-01', n),
    ...overrides,
  };
  const built = buildCurp({
    ...person,
    secondSurname: person.secondSurname ?? null,
    sex: n % 2 ? 'M' : 'H',
    state: 'JC',
    homonym: person.birthDate < '2000' ? '9' : 'Z',
  });
  // A CURP given in the overrides (even a wrong one, to test a refusal) is kept.
  return { ...person, curp: person.curp ?? built };
}

/** Registers a person with a CURP (people without one: post their body to /api/applicants). */
export async function createApplicant(
  api: ApiClient,
  overrides: Partial<CreateApplicantBody> = {},
): Promise<Applicant & { curp: string }> {
  const response = await api.post<Applicant>('/api/applicants', newApplicantBody(overrides));
  if (response.status !== 201)
    throw new Error(`POST /api/applicants failed: ${response.status} ${JSON.stringify(response.body)}`);
  const { curp } = response.body;
  if (curp === null) throw new Error('createApplicant registers people with a CURP');
  return { ...response.body, curp };
}

export async function createApplicants(api: ApiClient, count: number): Promise<Applicant[]> {
  const out: Applicant[] = [];
  for (let i = 0; i < count; i++) out.push(await createApplicant(api));
  return out;
}

export async function searchApplicants(api: ApiClient, q: string, limit = 20): Promise<Applicant[]> {
  const response = await api.get<{ items: Applicant[] }>(
    `/api/applicants?q=${encodeURIComponent(q)}&limit=${limit}`,
  );
  if (response.status !== 200)
    throw new Error(`search failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.items;
}

// ---------------------------------------------------------------------------------------------
// Holds and appointments

export interface HoldInput {
  slotId: string;
  applicantId: string;
  procedureId: string;
  replacesAppointmentId?: string;
}

export const postHold = (api: ApiClient, input: HoldInput) => api.post<Hold>('/api/holds', input);

export async function hold(api: ApiClient, input: HoldInput): Promise<Hold> {
  const response = await postHold(api, input);
  if (response.status !== 201)
    throw new Error(`POST /api/holds failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export const postConfirm = (api: ApiClient, holdId: string, key: string = newIdempotencyKey()) =>
  api.post<Appointment>('/api/appointments', { holdId }, { 'idempotency-key': key });

export async function confirm(api: ApiClient, holdId: string): Promise<Appointment> {
  const response = await postConfirm(api, holdId);
  if (response.status !== 201)
    throw new Error(`POST /api/appointments failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Holds then confirms: an appointment in one call. */
export async function book(api: ApiClient, input: HoldInput): Promise<Appointment> {
  return confirm(api, (await hold(api, input)).id);
}

export async function appointmentsOf(api: ApiClient, applicantId: string): Promise<Appointment[]> {
  const response = await api.get<{ items: Appointment[] }>(`/api/appointments?applicantId=${applicantId}`);
  if (response.status !== 200)
    throw new Error(`GET /api/appointments failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.items;
}

// ---------------------------------------------------------------------------------------------
// Calls

export const postStartCall = (api: ApiClient) => api.post<Call>('/api/calls');
export const postEndCall = (api: ApiClient, callId: string, body: EndCallBody) =>
  api.post<Call>(`/api/calls/${callId}/end`, body);

/** The phone rings: a new call of the signed-in user. */
export async function startCall(api: ApiClient): Promise<Call> {
  const response = await postStartCall(api);
  if (response.status !== 201)
    throw new Error(`POST /api/calls failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
