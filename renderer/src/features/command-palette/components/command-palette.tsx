import { useCommand } from '../../../commands/command-registry';
import { actionShortcuts } from '../../../commands/keymap';
import { useConsole } from '../../../stores/console-store-context';
import { PaletteDialog } from './palette-dialog';
import './command-palette.css';

/** Mod+K (Ctrl+K, ⌘K) opens every command of the console in one searchable list; again closes it. */
export function CommandPalette() {
  const open = useConsole((s) => s.paletteOpen);
  const setPaletteOpen = useConsole((s) => s.setPaletteOpen);
  useCommand({
    id: 'app.palette',
    label: 'command-palette.open',
    shortcut: actionShortcuts.palette,
    run: () => setPaletteOpen(!open),
  });
  return open ? <PaletteDialog onClose={() => setPaletteOpen(false)} /> : null;
}
