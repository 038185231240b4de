import { shortcutLabel } from '../commands/shortcut';

/** A shortcut hint next to a button; hidden from screen readers, which get aria-keyshortcuts. */
export const Kbd = ({ shortcut }: { shortcut: string }) => (
  <kbd className="kbd" aria-hidden="true">
    {shortcutLabel(shortcut)}
  </kbd>
);
