import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering table of docs/ARCHITECTURE.md, checked through the project's own ESLint config.
const eslint = new ESLint({ cwd: process.cwd() });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering rules', () => {
  it('refuse node modules and other layers in shared/', async () => {
    const errors = await layeringErrors('shared/probe.ts', "import { readFileSync } from 'node:fs';\nimport { startServer } from '../server/app';\nexport const x = [readFileSync, startServer];\n");
    expect(errors).toHaveLength(2);
    expect(errors.every((m) => m.includes('Bad layering'))).toBe(true);
  });

  it('refuse the console and the shell in server/', async () => {
    const errors = await layeringErrors('server/probe.ts', "import { x } from '../renderer/app';\nimport { y } from '../electron/main/window';\nexport const z = [x, y];\n");
    expect(errors).toHaveLength(2);
  });

  it('refuse server code and node modules in renderer/', async () => {
    const errors = await layeringErrors('renderer/probe.ts', "import { openDatabase } from '../server/platform/db/database';\nimport { join } from 'node:path';\nexport const z = [openDatabase, join];\n");
    expect(errors).toHaveLength(2);
  });

  it('accept shared/ importing zod and shared/', async () => {
    const errors = await layeringErrors('shared/probe.ts', "import { z } from 'zod';\nimport { LocalDate } from './api/common';\nexport const x = z.object({ d: LocalDate });\n");
    expect(errors).toEqual([]);
  });
});
