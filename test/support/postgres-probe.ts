/** Whether the PostgreSQL the tests would use answers, and why not when it does not. */
import pg from 'pg';

export async function probePostgres(connectionString: string, timeoutMs = 3_000): Promise<{ ok: true } | { ok: false; reason: string }> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs });
  // A refused or dropped connection also emits 'error'; the awaited call below reports it.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message || error.name : String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}
