/**
 * A real server (startServer, as test-server.ts starts one) whose clock a test can move forward:
 * it runs on real time plus an offset. Moving it on is how a test lets an appointment's time pass,
 * or brings "now" to within minutes of a slot, without waiting hours: every rule reads this one clock
 * (holds, lapsing, lead time, the slot listing), exactly as it reads real time in production.
 */
import { startServer } from '../../server/app';
import { loadConfig } from '../../server/platform/config';
import type { SqlDialect } from '../../server/platform/db/dialect';
import { scratchDatabase } from './scratch-database';
import { DEFAULT_TEST_ENV } from './test-server';

export interface ClockedServer {
  url: string;
  databaseUrl: string;
  dialect: SqlDialect;
  /** The server's now. */
  now(): Date;
  /**
   * Moves the server's clock so that its now is `instant` (never backwards). Sessions last hours:
   * sign in again after a move of more than that.
   */
  moveTo(instant: Date | string | number): void;
  close(): Promise<void>;
}

export async function startClockedServer(overrides: Record<string, string> = {}): Promise<ClockedServer> {
  const database = scratchDatabase();
  let offsetMs = 0;
  const clock = () => new Date(Date.now() + offsetMs);
  try {
    const server = await startServer(
      loadConfig({ ...DEFAULT_TEST_ENV, DATABASE_URL: database.url, ...overrides }),
      { clock, log: () => {} },
    );
    return {
      url: server.url,
      databaseUrl: database.url,
      dialect: database.dialect,
      now: clock,
      moveTo(instant) {
        const target = new Date(instant).getTime() - Date.now();
        if (target < offsetMs)
          throw new Error(
            `the server's clock only moves forward (asked for ${new Date(instant).toISOString()}, it is ${clock().toISOString()})`,
          );
        offsetMs = target;
      },
      async close() {
        try {
          await server.close();
        } finally {
          await database.drop();
        }
      },
    };
  } catch (error) {
    await database.drop().catch(() => undefined);
    throw error;
  }
}
