import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useCommandList, type Command } from '../../../commands/command-registry';
import { actionShortcuts } from '../../../commands/keymap';
import { matchesShortcut, shortcutLabel } from '../../../commands/shortcut';
import { useT } from '../../../i18n/use-t';
import { stepIndex } from '../../../lib/list-step';
import { useFocusTrap } from '../../../lib/use-focus-trap';
import { filterCommands, type PaletteItem } from '../filter-commands';

/**
 * The palette itself: a modal dialog that keeps focus inside, lists every registered command with
 * its shortcut, filters as the operator types and runs the active one on Enter. Closing puts focus
 * back where it was; a command runs only after that, so the focus it asks for is where it lands.
 */
export function PaletteDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const commands = useCommandList();
  const titleId = useId();
  const listId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const trapFocus = useFocusTrap(dialogRef);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const [query, setQuery] = useState('');
  const [moved, setMoved] = useState<number | null>(null);

  const items = useMemo<PaletteItem<Command>[]>(
    () =>
      commands.map((command) => ({
        command,
        label: t(command.label),
        keys: command.shortcut ? shortcutLabel(command.shortcut) : '',
      })),
    [commands, t],
  );
  const shown = filterCommands(items, query);
  const active = shown.length === 0 ? -1 : Math.min(moved ?? 0, shown.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;

  // Remember where the operator was before anything else moves focus, and give focus back on close.
  useLayoutEffect(() => {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    inputRef.current?.focus();
    return () => restoreFocus(returnTo);
  }, []);

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });

  const close = () => {
    restoreFocus(returnTo);
    onClose();
  };
  const run = (item: PaletteItem<Command> | undefined) => {
    if (!item || item.command.enabled === false) return;
    close();
    item.command.run();
  };
  const move = (delta: number) => {
    if (shown.length === 0) return;
    setMoved(stepIndex(active + delta, shown.length, 'wrap'));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The console behind is inert while the palette is open: only the palette's own shortcut passes.
    if ((event.altKey || event.ctrlKey || event.metaKey) && !matchesShortcut(event, actionShortcuts.palette))
      event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && event.target === inputRef.current) {
      event.preventDefault();
      run(shown[active]);
    } else {
      trapFocus(event);
    }
  };

  return (
    <div
      className="command-palette__backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) close();
      }}
    >
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="command-palette"
        onKeyDown={onKeyDown}
      >
        <div className="command-palette__header">
          <h2 id={titleId} className="command-palette__title">
            {t('command-palette.title')}
          </h2>
          <button
            type="button"
            className="button button--ghost command-palette__close"
            onClick={close}
            aria-keyshortcuts="Escape"
          >
            {t('command-palette.close')}{' '}
            <kbd className="kbd" aria-hidden="true">
              Esc
            </kbd>
          </button>
        </div>
        <input
          ref={inputRef}
          type="text"
          role="combobox"
          className="command-palette__filter"
          aria-label={t('command-palette.filter')}
          placeholder={t('command-palette.filter.placeholder')}
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setMoved(null);
          }}
        />
        <p className="visually-hidden" aria-live="polite">
          {t('command-palette.results', { count: shown.length })}
        </p>
        <ul
          id={listId}
          role="listbox"
          aria-label={t('command-palette.title')}
          className="command-palette__list"
        >
          {shown.map((item, index) => {
            const disabled = item.command.enabled === false;
            return (
              <li
                key={item.command.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                aria-disabled={disabled || undefined}
                className={`command-palette__item${index === active ? ' is-active' : ''}${disabled ? ' is-disabled' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => run(item)}
              >
                <span className="command-palette__label">
                  {item.label}
                  {disabled ? (
                    <span className="command-palette__unavailable">
                      {' '}
                      — {t('command-palette.unavailable')}
                    </span>
                  ) : null}
                </span>
                {item.keys ? <kbd className="kbd">{item.keys}</kbd> : null}
              </li>
            );
          })}
        </ul>
        <p className="command-palette__help" aria-hidden="true">
          {t('command-palette.help')}
        </p>
      </div>
    </div>
  );
}

function restoreFocus(returnTo: { current: HTMLElement | null }): void {
  const target = returnTo.current;
  returnTo.current = null;
  if (target?.isConnected) target.focus();
}
