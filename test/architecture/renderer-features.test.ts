import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The console's features stand apart (docs/ARCHITECTURE.md, "The console"), checked through the project's own ESLint config.
const eslint = new ESLint({ cwd: process.cwd() });

async function featureErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'renderer/features-apart').map((m) => m.message);
}

describe('renderer features', () => {
  it('refuse another feature, from a component and from a feature’s own root', async () => {
    const fromComponent = await featureErrors(
      'renderer/src/features/booking/components/probe.tsx',
      "import { SlotGridPanel } from '../../slots/components/slot-grid-panel';\nexport const x = SlotGridPanel;\n",
    );
    const fromRoot = await featureErrors(
      'renderer/src/features/booking/probe.ts',
      "export { useEndCall } from '../calls/hooks/use-end-call';\n",
    );
    expect(fromComponent).toEqual([expect.stringContaining("Feature 'booking' imports feature 'slots'")]);
    expect(fromRoot).toEqual([expect.stringContaining("Feature 'booking' imports feature 'calls'")]);
  });

  it('refuse the app that composes them, except in a test that renders the whole console', async () => {
    const code = "import { App } from '../../../app/app';\nexport const x = App;\n";
    expect(await featureErrors('renderer/src/features/floor/components/probe.tsx', code)).toEqual([
      expect.stringContaining('the app composes features'),
    ]);
    expect(await featureErrors('renderer/src/features/floor/components/probe.test.tsx', code)).toEqual([]);
  });

  it('let a feature use its own files and what features share', async () => {
    const code = [
      "import { useApi } from '../../../api/api-client-context';",
      "import { Panel } from '../../../components/panel';",
      "import { useErrorText } from '../../../lib/use-error-text';",
      "import { useConsole } from '../../../stores/console-store-context';",
      "import { useFloorActions } from '../hooks/use-floor-actions';",
      "import { FloorTable } from './floor-table';",
      'export const x = [useApi, Panel, useErrorText, useConsole, useFloorActions, FloorTable];',
    ].join('\n');
    expect(await featureErrors('renderer/src/features/floor/components/probe.tsx', code)).toEqual([]);
    // app/ composes the features: it may import any of them.
    expect(
      await featureErrors(
        'renderer/src/app/probe.tsx',
        "import { FloorView } from '../features/floor/components/floor-view';\nexport const x = FloorView;\n",
      ),
    ).toEqual([]);
  });
});
