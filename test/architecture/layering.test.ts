import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering table of docs/ARCHITECTURE.md, checked through the project's own ESLint config.
const eslint = new ESLint({ cwd: process.cwd() });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'local/server-boundaries')
    .map((m) => m.message);
}

describe('layering rules', () => {
  it('refuse node modules and other layers in shared/', async () => {
    const errors = await layeringErrors(
      'shared/probe.ts',
      "import { readFileSync } from 'node:fs';\nimport { startServer } from '../server/app';\nexport const x = [readFileSync, startServer];\n",
    );
    expect(errors).toHaveLength(2);
    expect(errors.every((m) => m.includes('Bad layering'))).toBe(true);
  });

  it('refuse the console and the shell in server/', async () => {
    const errors = await layeringErrors(
      'server/probe.ts',
      "import { x } from '../renderer/app';\nimport { y } from '../electron/main/window';\nexport const z = [x, y];\n",
    );
    expect(errors).toHaveLength(2);
  });

  it('refuse server code and node modules in renderer/', async () => {
    const errors = await layeringErrors(
      'renderer/probe.ts',
      "import { openDatabase } from '../server/platform/db/database';\nimport { join } from 'node:path';\nexport const z = [openDatabase, join];\n",
    );
    expect(errors).toHaveLength(2);
  });

  it('accept shared/ importing zod and shared/', async () => {
    const errors = await layeringErrors(
      'shared/probe.ts',
      "import { z } from 'zod';\nimport { LocalDate } from './api/common';\nexport const x = z.object({ d: LocalDate });\n",
    );
    expect(errors).toEqual([]);
  });
});

describe('the server: kernel, platform, modules side by side', () => {
  it('refuse the platform importing a module, and the kernel importing the platform', async () => {
    const platform = await layeringErrors(
      'server/platform/http/probe.ts',
      "import { createBookingEngine } from '../../modules/booking';\nexport const x = createBookingEngine;\n",
    );
    expect(platform).toEqual([expect.stringContaining('server/platform never imports a module')]);
    const kernel = await layeringErrors(
      'server/kernel/probe.ts',
      "import { appendAudit } from '../platform/audit/audit-log';\nexport const x = appendAudit;\n",
    );
    expect(kernel).toEqual([expect.stringContaining('server/kernel imports only the kernel')]);
  });

  it("refuse a module (or the composition root) reaching into another module's files", async () => {
    const inside = await layeringErrors(
      'server/modules/capacity/probe.ts',
      "import { presentAppointment } from '../booking/presenters';\nexport const x = presentAppointment;\n",
    );
    expect(inside).toEqual([expect.stringContaining("import 'server/modules/booking' (its public entry)")]);
    const root = await layeringErrors(
      'server/seed/probe.ts',
      "import { insertUsers } from '../modules/auth/user-repository';\nexport const x = insertUsers;\n",
    );
    expect(root).toHaveLength(1);
  });

  it('accept a module using another through its public entry, its own files, the platform and the kernel', async () => {
    const errors = await layeringErrors(
      'server/modules/capacity/probe.ts',
      "import { presentAppointment } from '../booking';\nimport { closeDay } from './close-day';\nimport { appendAudit } from '../../platform/audit/audit-log';\nimport { notFound } from '../../kernel/domain-error';\nexport const x = [presentAppointment, closeDay, appendAudit, notFound];\n",
    );
    expect(errors).toEqual([]);
  });

  it('let a test reach inside the module it tests', async () => {
    expect(
      await layeringErrors(
        'server/modules/capacity/probe.test.ts',
        "import { presentAppointment } from '../booking/presenters';\nexport const x = presentAppointment;\n",
      ),
    ).toEqual([]);
  });
});
