import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Procedure } from '../../../../../shared/api/reference/procedures';
import { useT } from '../../../i18n/use-t';
import { stepIndex } from '../../../lib/list-step';
import { useTypeAheadBuffer } from '../hooks/use-type-ahead';
import { typeAheadIndex } from '../type-ahead';

type Props = {
  procedures: readonly Procedure[];
  /** Names in the UI language. */
  names: readonly string[];
  /** Services the caller cannot have, with a short reason (and what instead), by id. */
  marks?: ReadonlyMap<string, string>;
  selectedId: string | null;
  /** Where the panel's focus request lands: the listbox. */
  focusRef: RefObject<HTMLElement | null>;
  onPick: (id: string) => void;
};

/**
 * The services as a single-select listbox: one tab stop, the active option followed with
 * aria-activedescendant. ↑/↓/Home/End move, a letter jumps, 1–9 picks the n-th, Enter or Space picks.
 * Once a service is chosen and focus has moved on, the list folds to that one option, leaving the
 * room to the requirements; focusing it (Alt+2, Tab, a click) unfolds it.
 */
export function ProcedureList({ procedures, names, marks, selectedId, focusRef, onPick }: Props) {
  const t = useT();
  const baseId = useId();
  const hintId = `${baseId}-hint`;
  const selectedIndex = procedures.findIndex((p) => p.id === selectedId);
  const [active, setActive] = useState(Math.max(0, selectedIndex));
  const [focused, setFocused] = useState(false);
  const folded = !focused && selectedIndex >= 0;
  // A click on the folded list only unfolds it: the option under the pointer moves as it does.
  const ignoreClick = useRef(false);
  const listRef = useRef<HTMLUListElement | null>(null);
  const setListRef = useCallback(
    (el: HTMLUListElement | null) => {
      listRef.current = el;
      focusRef.current = el;
    },
    [focusRef],
  );
  // A selection made elsewhere (a reschedule, a switch from the warning) moves the active option too.
  const [lastSelected, setLastSelected] = useState(selectedId);
  if (lastSelected !== selectedId) {
    setLastSelected(selectedId);
    if (selectedIndex >= 0) setActive(selectedIndex);
  }
  // A new choice folds the list: scroll the panel back to its top (it may have scrolled to a warning).
  useEffect(() => {
    const body = listRef.current?.parentElement;
    if (selectedId && body) body.scrollTop = 0;
  }, [selectedId]);
  const typed = useTypeAheadBuffer();
  const optionId = (index: number) => `${baseId}-option-${index}`;

  const moveTo = (index: number) => {
    const next = stepIndex(index, procedures.length);
    setActive(next);
    document.getElementById(optionId(next))?.scrollIntoView?.({ block: 'nearest' });
  };
  const pick = (index: number) => {
    const procedure = procedures[index];
    if (!procedure) return;
    setActive(index);
    onPick(procedure.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    let handled = true;
    if (key === 'ArrowDown') moveTo(active + 1);
    else if (key === 'ArrowUp') moveTo(active - 1);
    else if (key === 'Home') moveTo(0);
    else if (key === 'End') moveTo(procedures.length - 1);
    else if (key === 'Enter' || key === ' ') pick(active);
    else if (/^[1-9]$/.test(key)) pick(Number(key) - 1);
    else if (key.length === 1 && /\p{L}/u.test(key)) {
      const index = typeAheadIndex(names, typed(key), active);
      if (index !== null) moveTo(index);
    } else handled = false;
    if (handled) event.preventDefault();
  };

  return (
    <>
      <p id={hintId} className="procedure-list__hint" hidden={folded}>
        {t('procedure.list.hint')}
      </p>
      <ul
        ref={setListRef}
        role="listbox"
        tabIndex={0}
        className={folded ? 'procedure-list is-folded' : 'procedure-list'}
        aria-label={t('procedure.list.label')}
        aria-describedby={hintId}
        aria-activedescendant={procedures.length > 0 ? optionId(folded ? selectedIndex : active) : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          if (selectedIndex >= 0) setActive(selectedIndex);
        }}
      >
        {procedures.map((procedure, index) => (
          <li
            key={procedure.id}
            id={optionId(index)}
            role="option"
            aria-selected={procedure.id === selectedId}
            hidden={folded && index !== selectedIndex}
            className={`procedure-list__option${index === active ? ' is-active' : ''}${procedure.id === selectedId ? ' is-selected' : ''}${marks?.has(procedure.id) ? ' is-ineligible' : ''}`}
            onMouseDown={() => {
              ignoreClick.current = folded;
            }}
            onClick={() => {
              if (ignoreClick.current) ignoreClick.current = false;
              else pick(index);
            }}
          >
            <span className="procedure-list__number" aria-hidden="true">
              {index < 9 ? index + 1 : ''}
            </span>
            <span className="procedure-list__name">
              {names[index]}
              {marks?.has(procedure.id) ? (
                <span className="procedure-list__mark">{marks.get(procedure.id)}</span>
              ) : null}
            </span>
            <span className="procedure-list__duration">
              {t('procedure.duration', { minutes: procedure.durationMinutes })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
