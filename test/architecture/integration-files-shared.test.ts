import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The integration files run with their worker's modules shared (vitest.config.ts, isolate: false):
// the project's ESLint config refuses what would leak from one file to the next.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-properties')
    .map((m) => m.message);
}

describe('integration files sharing modules', () => {
  it('refuse mocks, stubbed environment and fake timers', async () => {
    const code = [
      "import { vi } from 'vitest';",
      "vi.mock('../../server/app');",
      "vi.stubEnv('PORT', '1');",
      'vi.useFakeTimers();',
      '',
    ].join('\n');
    const messages = await ruleMessages('test/integration/probe.test.ts', code);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toContain('share modules with the next file');
  });

  it('leave the unit tests, which keep their isolation, free to mock', async () => {
    const code = "import { vi } from 'vitest';\nvi.mock('electron');\n";
    expect(await ruleMessages('electron/main/probe.test.ts', code)).toEqual([]);
  });
});
