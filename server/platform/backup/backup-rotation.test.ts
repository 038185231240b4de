import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFileName, removeUnfinishedBackups, rotateBackups } from './backup-rotation';

describe('backup rotation', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('names a backup by its UTC start, sortable as text', () => {
    expect(backupFileName(new Date('2026-12-06T07:21:00.123Z'))).toBe(
      'miconsulado-20261206T072100123Z.sqlite',
    );
    const names = ['2027-01-01T00:00:00.000Z', '2026-12-31T23:59:59.999Z', '2026-03-08T10:00:00.000Z'].map(
      (t) => backupFileName(new Date(t)),
    );
    expect([...names].sort()).toEqual([names[2], names[1], names[0]]);
  });

  it('keeps the newest N of its own files and never touches anyone else’s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'miconsulado-rotation-'));
    dirs.push(dir);
    const own = [0, 1, 2, 3, 4].map((h) => backupFileName(new Date(Date.UTC(2026, 11, 6, h))));
    const foreign = [
      'miconsulado.sqlite',
      'miconsulado-before-upgrade.sqlite',
      'miconsulado-20261206T000000000Z.sqlite.bak',
      '.miconsulado-20261206T050000000Z.sqlite.1a2b3c4d.partial',
      'notes.txt',
    ];
    for (const name of [...own, ...foreign]) writeFileSync(join(dir, name), name);

    expect(rotateBackups(dir, 2).sort()).toEqual(own.slice(0, 3));
    expect(readdirSync(dir).sort()).toEqual([...own.slice(3), ...foreign].sort());
    expect(rotateBackups(dir, 2)).toEqual([]);
    // A copy cut short by a killed server is the schedule's own, and only it goes at the next start.
    expect(removeUnfinishedBackups(dir)).toEqual([
      '.miconsulado-20261206T050000000Z.sqlite.1a2b3c4d.partial',
    ]);
    expect(readdirSync(dir)).toHaveLength(own.slice(3).length + foreign.length - 1);
  });
});
