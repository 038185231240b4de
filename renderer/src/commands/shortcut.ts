/**
 * Keyboard shortcuts as written in the keymap ("Alt+N", "Mod+K", "F2", "Alt+ArrowUp"). Letters and
 * digits match the physical key (event.code), so Alt+N works on every layout and on macOS, where
 * Option+N types a character instead.
 */
export type Shortcut = string;

type Parsed = { alt: boolean; ctrl: boolean; meta: boolean; shift: boolean; key: string };

export const isMac = (): boolean =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function parseShortcut(shortcut: Shortcut, mac = isMac()): Parsed {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  const has = (m: string) => parts.includes(m);
  return {
    alt: has('Alt'),
    shift: has('Shift'),
    ctrl: has('Ctrl') || (has('Mod') && !mac),
    meta: has('Meta') || (has('Mod') && mac),
    key,
  };
}

const codeOf = (key: string): string | null =>
  /^[A-Z]$/.test(key) ? `Key${key}` : /^\d$/.test(key) ? `Digit${key}` : null;

export function matchesShortcut(
  event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'key' | 'code'>,
  shortcut: Shortcut,
  mac = isMac(),
): boolean {
  const p = parseShortcut(shortcut, mac);
  if (
    event.altKey !== p.alt ||
    event.ctrlKey !== p.ctrl ||
    event.metaKey !== p.meta ||
    event.shiftKey !== p.shift
  )
    return false;
  const code = codeOf(p.key.toUpperCase().length === 1 ? p.key.toUpperCase() : p.key);
  return code ? event.code === code : event.key === p.key;
}

/** How a shortcut is shown to the operator ("Alt+N", "⌘K"). */
export function shortcutLabel(shortcut: Shortcut, mac = isMac()): string {
  return mac ? shortcut.replace('Mod+', '⌘').replace('Alt+', '⌥') : shortcut.replace('Mod+', 'Ctrl+');
}
