/**
 * The stage for booking while a backup runs (the backup tests and bench/backup): signed-in
 * operators, a few future slots of one consulate opened wide by a lead through the API, and adult
 * applicants with an e-mail or a phone (so every booking queues a message in its transaction).
 */
import BetterSqlite3 from 'better-sqlite3';

export const PROCEDURE = 'passport-renewal';

export interface BookingScene {
  tokens: string[];
  slotIds: string[];
  applicantIds: string[];
}

async function call<T>(url: string, method: string, path: string, token: string | null, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = { status: response.status, body: (await response.json().catch(() => null)) as T };
  if (answer.status >= 300)
    throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

const signIn = async (url: string, username: string, password: string) =>
  (await call<{ token: string }>(url, 'POST', '/api/auth/login', null, { username, password })).token;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function prepareBookingScene(options: {
  url: string;
  /** The server's `sqlite:` DATABASE_URL, read (read-only) for applicant ids. */
  databaseUrl: string;
  operators: number;
  slots: number;
  seatsPerSlot: number;
  consulateId?: string;
  password?: string;
}): Promise<BookingScene> {
  const password = options.password ?? 'demo1234';
  const consulateId = options.consulateId ?? 'LAX';
  const lead = await signIn(options.url, 'lead1', password);
  const tokens: string[] = [];
  for (let i = 1; i <= options.operators; i++)
    tokens.push(await signIn(options.url, `operator${i}`, password));
  // Two days ahead and later: in the future in any time zone, whatever the hour.
  const today = new Date().toISOString().slice(0, 10);
  const page = await call<{ items: { id: string }[] }>(
    options.url,
    'GET',
    `/api/slots?consulateId=${consulateId}&from=${addDays(today, 2)}&to=${addDays(today, 9)}`,
    lead,
  );
  if (page.items.length < options.slots) throw new Error(`only ${page.items.length} slots at ${consulateId}`);
  const slotIds: string[] = [];
  for (let i = 0; i < options.slots; i++) {
    const slot = page.items[Math.floor((i * page.items.length) / options.slots)]!;
    await call(options.url, 'PATCH', `/api/slots/${slot.id}`, lead, { capacity: options.seatsPerSlot });
    slotIds.push(slot.id);
  }
  // Adults on any appointment date (19 years and more), reachable by e-mail or phone.
  const bornBy = `${Number(today.slice(0, 4)) - 19}${today.slice(4)}`;
  const db = new BetterSqlite3(options.databaseUrl.slice('sqlite:'.length), { readonly: true });
  try {
    db.pragma('busy_timeout = 5000');
    const applicantIds = (
      db
        .prepare(
          `select id from applicants where sandbox = 'live' and birth_date <= ?
             and (email is not null or phone is not null) order by id`,
        )
        .all(bornBy) as { id: string }[]
    ).map((r) => r.id);
    return { tokens, slotIds, applicantIds };
  } finally {
    db.close();
  }
}
