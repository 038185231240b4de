import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { fakedClockEnv } from './faked-clock-env';

const ROOT = resolve(import.meta.dirname, '../..');

export interface BackupCliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run backup -- <args>` as an operator runs it: its own process, configured by DATABASE_URL only. */
export function runBackupCli(args: string[], databaseUrl: string): Promise<BackupCliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/backup.ts', ...args], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? tmpdir(),
        DATABASE_URL: databaseUrl,
        ...fakedClockEnv(),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', fail);
    child.once('exit', (code) => done({ code, stdout, stderr }));
  });
}
