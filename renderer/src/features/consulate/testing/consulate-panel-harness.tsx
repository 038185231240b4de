import { useCommand, useShortcutListener } from '../../../commands/command-registry';
import { panelShortcuts } from '../../../commands/keymap';
import { useFocusRequest } from '../../../lib/use-focus-request';
import { useConsole } from '../../../stores/console-store-context';
import { ConsulatePanel } from '../components/consulate-panel';

/** The panel as the console composes it: its Alt+3 command, and a stand-in for the slot grid. */
export function ConsulatePanelHarness() {
  useShortcutListener();
  const focusPanel = useConsole((s) => s.focusPanel);
  const jumpTo = useConsole((s) => s.slotsJumpToDate);
  useCommand({
    id: 'panel.consulate',
    label: 'app.panel.consulate',
    shortcut: panelShortcuts.consulate,
    run: () => focusPanel('consulate'),
  });
  const slotsRef = useFocusRequest<HTMLDivElement>('slots');
  return (
    <>
      <ConsulatePanel />
      <div ref={slotsRef} tabIndex={-1} aria-label="slots step">
        {jumpTo ? `grid shows ${jumpTo}` : 'grid'}
      </div>
    </>
  );
}

/** Text with every kind of space (Intl's narrow no-break ones too) as a plain space. */
export const plain = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ');
