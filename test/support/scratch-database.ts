/**
 * A database of its own for one test server: a SQLite file in a fresh temp directory, or a
 * PostgreSQL schema with a random name (the server creates it on open). Dropping it removes the
 * directory or the schema; a server may be stopped and started again on it until then.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { SqlDialect } from '../../server/platform/db/dialect';
import { parsePostgresUrl } from '../../server/platform/db/postgres-connection';
import { postgresBaseUrl, postgresSchemaUrl } from './services/postgres';
import { testDialect } from './test-dialect';

export interface ScratchDatabase {
  dialect: SqlDialect;
  /** The server's DATABASE_URL. */
  url: string;
  /** Deletes the data; safe to call twice. */
  drop(): Promise<void>;
}

export function scratchDatabase(dialect: SqlDialect = testDialect()): ScratchDatabase {
  if (dialect === 'postgres') {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const url = postgresSchemaUrl(postgresBaseUrl(), schema);
    return { dialect, url, drop: () => dropSchema(url) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'miconsulado-test-'));
  return {
    dialect,
    url: `sqlite:${join(dir, 'db.sqlite')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function dropSchema(url: string): Promise<void> {
  const { connectionString, schema } = parsePostgresUrl(url);
  if (!schema) throw new Error('no schema to drop');
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // parsePostgresUrl checked the name (lower-case letters, digits, _): safe to quote into the statement.
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}
