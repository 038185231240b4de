/**
 * The stage of a fault test: signed-in operators, a few scarce seats on a few consulates (so
 * contention is real), applicants to book for, and consoles watching those consulates; then how
 * long the consoles take to show what the database holds.
 */
import { isAdultOn } from '../../support/adults';
import { addDays, login, timeZoneOf, todayIn } from '../../support/api-client';
import { ConsoleView } from './console-view';
import type { FaultDb } from './fault-db';
import { send } from './fault-http';

export const PROCEDURE = 'passport-renewal';

export interface Scene {
  consulateIds: string[];
  from: string;
  to: string;
  /** The contended slots (each set to `seats` seats). */
  slotIds: string[];
  applicantIds: string[];
}

/** Signs these users in, a few at a time (each login is an scrypt hash on the server). */
export async function signIn(url: string, usernames: readonly string[]): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < usernames.length; i += 4)
    tokens.push(
      ...(await Promise.all(usernames.slice(i, i + 4).map(async (u) => (await login(url, u)).token))),
    );
  return tokens;
}

/** `slotsPerConsulate` future slots of each consulate set to `seats` seats by a lead, and the live applicants who are adults. */
export async function prepareScene(
  url: string,
  db: FaultDb,
  options: { consulateIds: string[]; slotsPerConsulate: number; seats: number },
): Promise<Scene> {
  const lead = await login(url, 'lead1');
  const from = todayIn(await timeZoneOf(lead.api, options.consulateIds[0] as string));
  const to = addDays(from, 13);
  const slotIds: string[] = [];
  for (const consulateId of options.consulateIds) {
    const page = await lead.api.get<{ items: { id: string; start: string }[] }>(
      `/api/slots?consulateId=${consulateId}&from=${addDays(from, 2)}&to=${addDays(from, 9)}`,
    );
    if (page.status !== 200) throw new Error(`GET /api/slots ${consulateId}: ${page.status}`);
    // Two days ahead and later: every one of them is in the future in any time zone.
    const future = page.body.items;
    if (future.length < options.slotsPerConsulate)
      throw new Error(`only ${future.length} slots at ${consulateId}`);
    for (let i = 0; i < options.slotsPerConsulate; i++) {
      const slot = future[Math.floor((i * future.length) / options.slotsPerConsulate)]!;
      const patched = await lead.api.patch(`/api/slots/${slot.id}`, { capacity: options.seats });
      if (patched.status !== 200)
        throw new Error(`PATCH /api/slots/${slot.id}: ${patched.status} ${JSON.stringify(patched.body)}`);
      slotIds.push(slot.id);
    }
  }
  // Adults only (an adult's passport renewal): which seeded applicants are 18 depends on the day.
  const applicantIds = (
    await db.db
      .selectFrom('applicants')
      .select(['id', 'birth_date'])
      .where('sandbox', '=', 'live')
      .orderBy('id')
      .execute()
  )
    .filter((r) => isAdultOn(r.birth_date, from))
    .map((r) => r.id);
  return { consulateIds: options.consulateIds, from, to, slotIds, applicantIds };
}

/** `count` consoles spread over the instances, each watching every consulate of the scene; started a batch at a time. */
export async function openConsoles(
  urls: readonly string[],
  tokens: readonly string[],
  scene: Scene,
  count: number,
): Promise<ConsoleView[]> {
  const views = Array.from(
    { length: count },
    (_, i) =>
      new ConsoleView({
        urls,
        home: i % urls.length,
        token: tokens[i % tokens.length] as string,
        consulateIds: scene.consulateIds,
        from: scene.from,
        to: scene.to,
      }),
  );
  for (let i = 0; i < views.length; i += 25) await Promise.all(views.slice(i, i + 25).map((v) => v.start()));
  return views;
}

export interface Convergence {
  /** From the call until the last console showed the database's seats, ms (Infinity if one never did). */
  maxMs: number;
  p50Ms: number;
  /** Consoles still showing something else at the timeout, with what differs. */
  unconverged: { index: number; url: string; differences: string[] }[];
}

/**
 * Reads the seats from the database, then watches every console until each shows exactly those
 * (every slot of every page) or the timeout passes. The database must be still (no load).
 */
export async function measureConvergence(
  views: readonly ConsoleView[],
  db: FaultDb,
  consulateIds: readonly string[],
  timeoutMs: number,
): Promise<Convergence> {
  const started = performance.now();
  // The slots bookable from now on (the servers share this clock, faked or not): earlier ones show 0.
  const now = new Date();
  const truth = await db.availability(consulateIds, now);
  const at: (number | null)[] = views.map(() => null);
  while (performance.now() - started < timeoutMs && at.some((t) => t === null)) {
    views.forEach((view, i) => {
      if (at[i] === null && view.differences(truth, 1).length === 0) at[i] = performance.now() - started;
    });
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const after = await db.availability(consulateIds, now);
  for (const [id, seats] of truth)
    if (after.get(id) !== seats)
      throw new Error(
        `the database changed while convergence was measured (slot ${id}: ${seats} → ${after.get(id)})`,
      );
  const done = at.filter((t): t is number => t !== null).sort((a, b) => a - b);
  return {
    maxMs: done.length === views.length ? (done.at(-1) ?? 0) : Number.POSITIVE_INFINITY,
    p50Ms: done[Math.floor(done.length / 2)] ?? Number.NaN,
    unconverged: views.flatMap((view, index) =>
      at[index] === null ? [{ index, url: view.url, differences: view.differences(truth) }] : [],
    ),
  };
}

/** GET until 200 or the timeout: how long an instance takes to serve again, ms. */
export async function timeUntilServing(
  url: string,
  path: string,
  token: string | undefined,
  timeoutMs: number,
): Promise<number> {
  const started = performance.now();
  for (;;) {
    const outcome = await send(url, 'GET', path, { token, timeoutMs: 5_000 });
    if (outcome.kind === 'answer' && outcome.status === 200) return performance.now() - started;
    if (performance.now() - started > timeoutMs)
      throw new Error(
        `${url}${path} still not serving after ${timeoutMs} ms (last: ${outcome.kind === 'answer' ? outcome.status : outcome.reason})`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
