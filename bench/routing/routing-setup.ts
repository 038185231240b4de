/**
 * The routing benches' deployments and their floor: real server processes (the fault tests'
 * harness, as the cluster bench) with the telephony token set and the built-in call simulator off,
 * and as many operators as a bench needs written directly into the database — users, their queue,
 * the languages they speak and a session each (hundreds of scrypt logins would take minutes).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startCluster, postgresSchema, type Cluster } from '../../test/fault/support/cluster';
import { postgresBaseUrl } from '../../test/support/services/postgres';
import { probeService } from '../../test/support/services/services';
import { openDatabase } from '../../server/platform/db/database';
import type { SimulatedOperator } from './routing-protocol';

export const TELEPHONY_TOKEN = `bench-telephony-${randomBytes(12).toString('hex')}`;

/** Nothing in the way of a measured day: no simulated calls of the server's own, no rate limits. */
const ROUTING_ENV = {
  TELEPHONY_TOKEN,
  SIMULATE_CALLS: 'off',
  MAX_LIVE_HOLDS_PER_USER: '1000',
  HOLDS_PER_MINUTE: '100000',
};

export interface RoutingDeployment {
  label: string;
  cluster: Cluster;
}

export async function startSqliteRouting(dir: string, name: string): Promise<RoutingDeployment> {
  const home = join(dir, `routing-${name}`);
  mkdirSync(home, { recursive: true });
  const cluster = await startCluster({
    database: {
      url: `sqlite:${join(home, 'db.sqlite')}`,
      drop: async () => rmSync(home, { recursive: true, force: true }),
    },
    instances: 1,
    env: ROUTING_ENV,
  });
  return { label: 'SQLite, one instance', cluster };
}

/** PostgreSQL; with two instances they share Redis (the operator's console on the second). */
export async function startPostgresRouting(instances: 1 | 2): Promise<RoutingDeployment> {
  const missing = await probeService('postgres');
  if (missing) throw new Error(`${missing.reason}: this part of the routing bench needs PostgreSQL`);
  const cluster = await startCluster({
    database: postgresSchema(postgresBaseUrl()),
    instances,
    env: ROUTING_ENV,
  });
  return {
    label:
      instances === 1
        ? 'PostgreSQL, one instance'
        : `PostgreSQL, two instances${cluster.redis ? ' + Redis' : ' (no Redis)'}`,
    cluster,
  };
}

/** Sessions are stored as the SHA-256 of the token (server/modules/auth/session-service.ts). */
const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * `count` operators `benchop<N>` (beside the demo's), each a member of the queue `queueOf(n)`,
 * speaking Spanish and English, with a session; and a session for lead1.
 */
export async function addRoutingOperators(
  databaseUrl: string,
  count: number,
  queueOf: (n: number) => string,
  urlOf: (n: number) => string,
): Promise<{ operators: SimulatedOperator[]; leadToken: string }> {
  const database = await openDatabase(databaseUrl);
  const db = database.db;
  try {
    const now = new Date().toISOString();
    const expiresAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const template = await db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'operator1')
      .executeTakeFirstOrThrow();
    const operators: SimulatedOperator[] = [];
    const session = async (userId: string) => {
      const token = randomBytes(32).toString('base64url');
      await db
        .insertInto('sessions')
        .values({
          token_hash: tokenHash(token),
          user_id: userId,
          created_at: now,
          expires_at: expiresAt,
          last_seen_at: now,
        })
        .execute();
      return token;
    };
    for (let n = 1; n <= count; n++) {
      const id = `usr_benchop${n}`;
      await db
        .insertInto('users')
        .values({
          id,
          username: `benchop${n}`,
          display_name: `Operador de prueba ${n}`,
          role: 'operator',
          password_hash: template.password_hash,
          created_at: now,
        })
        .execute();
      await db
        .insertInto('queue_members')
        .values({ user_id: id, queue_id: queueOf(n), assigned_at: now, assigned_by: null })
        .execute();
      await db.insertInto('operator_profiles').values({ user_id: id, languages: 'es,en' }).execute();
      operators.push({ userId: id, token: await session(id), url: urlOf(n) });
    }
    const lead = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'lead1')
      .executeTakeFirstOrThrow();
    return { operators, leadToken: await session(lead.id) };
  } finally {
    await database.close();
  }
}
