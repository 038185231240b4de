import { useId, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Consulate } from '../../../../../shared/api/consulates';
import { useT } from '../../../i18n/use-t';
import { defaultOrder, matchConsulates } from '../../../lib/match-consulates';

type Props = {
  consulates: readonly Consulate[];
  selectedId: string | null;
  /** The consulate of the caller's latest appointment: offered first when nothing is typed. */
  suggestedId: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  onPick: (id: string) => void;
};

export const consulateLabel = (c: Consulate) => `${c.id} · ${c.city}, ${c.region}`;

/**
 * An editable combobox with a list popup (WAI-ARIA APG): type a code, a city or a name; the best
 * match is active, so Enter picks it. With nothing typed, the chosen or usual consulate is first.
 */
export function ConsulateCombobox({ consulates, selectedId, suggestedId, inputRef, onPick }: Props) {
  const t = useT();
  const baseId = useId();
  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  /** What the operator typed; null while the field shows the chosen consulate. */
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  /** The option moved to with the arrows; null means the first one. */
  const [moved, setMoved] = useState<number | null>(null);
  const [lastSelected, setLastSelected] = useState(selectedId);
  if (lastSelected !== selectedId) {
    setLastSelected(selectedId);
    setTyped(null);
    setMoved(null);
  }

  const selected = consulates.find((c) => c.id === selectedId) ?? null;
  const searching = typed !== null && typed.trim() !== '';
  const options = searching ? matchConsulates(consulates, typed) : defaultOrder(consulates, [selectedId, suggestedId]);
  const firstIsDefault = searching || selectedId !== null || suggestedId !== null;
  const active = moved ?? (firstIsDefault && options.length > 0 ? 0 : -1);
  const expanded = open && options.length > 0;
  const optionId = (index: number) => `${baseId}-option-${index}`;
  const first = options[active === -1 ? 0 : active];

  const pick = (consulate: Consulate | undefined) => {
    if (!consulate) return;
    setTyped(null);
    setMoved(null);
    setOpen(false);
    onPick(consulate.id);
  };
  const moveTo = (index: number) => {
    const next = Math.min(Math.max(index, 0), options.length - 1);
    setMoved(next);
    setOpen(true);
    document.getElementById(optionId(next))?.scrollIntoView?.({ block: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.ctrlKey || event.metaKey) return;
    let handled = true;
    if (event.key === 'ArrowDown') moveTo(expanded ? active + 1 : Math.max(active, 0));
    else if (event.key === 'ArrowUp') moveTo(active - 1);
    else if (event.key === 'Enter' && !event.altKey) {
      if (active >= 0) pick(options[active]);
    } else if (event.key === 'Escape' && (expanded || typed !== null)) {
      // First Escape closes the list; the second puts back the chosen consulate.
      if (expanded) setOpen(false);
      else setTyped(null);
    } else handled = false;
    if (handled) event.preventDefault();
  };

  return (
    <div className="consulate-combobox">
      <label htmlFor={`${baseId}-input`} className="visually-hidden">
        {t('consulate.search.label')}
      </label>
      <input
        id={`${baseId}-input`}
        ref={inputRef}
        type="text"
        role="combobox"
        className="consulate-combobox__input"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('consulate.search.placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={hintId}
        value={typed ?? (selected ? consulateLabel(selected) : '')}
        onChange={(e) => {
          setTyped(e.target.value);
          setMoved(null);
          setOpen(true);
        }}
        onFocus={(e) => e.currentTarget.select()}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id={hintId} className="visually-hidden">
        {t('consulate.search.hint')}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {searching ? t('consulate.search.results', { count: options.length, first: first ? consulateLabel(first) : '' }) : ''}
      </span>
      <ul id={listId} role="listbox" aria-label={t('consulate.search.label')} className="consulate-combobox__list" hidden={!expanded}>
        {expanded
          ? options.map((c, index) => (
              <li
                key={c.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={`consulate-combobox__option${index === active ? ' is-active' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(c)}
              >
                <span className="consulate-combobox__code">{c.id}</span>
                <span className="consulate-combobox__city">
                  {c.city}, {c.region}
                </span>
                {c.id === suggestedId ? <span className="consulate-combobox__tag">{t('consulate.option.lastAppointment')}</span> : null}
                {c.id === selectedId && c.id !== suggestedId ? <span className="consulate-combobox__tag">{t('consulate.option.chosen')}</span> : null}
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}
