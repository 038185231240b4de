import { useId, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Consulate } from '../../../../../shared/api/consulates';
import { useT } from '../../../i18n/use-t';
import { defaultOrder, matchConsulates } from '../../../lib/match-consulates';

type Props = {
  consulates: readonly Consulate[];
  selectedId: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  onPick: (id: string) => void;
};

const labelOf = (c: Consulate) => `${c.id} · ${c.city}, ${c.region}`;

/**
 * An editable combobox (WAI-ARIA APG) for the lead: a code, a city or a state, accents ignored;
 * the best match is active, so Enter picks it, Escape closes the list and then restores the choice.
 */
export function ConsulatePicker({ consulates, selectedId, inputRef, onPick }: Props) {
  const t = useT();
  const baseId = useId();
  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [moved, setMoved] = useState<number | null>(null);

  const selected = consulates.find((c) => c.id === selectedId) ?? null;
  const searching = typed !== null && typed.trim() !== '';
  const options = searching ? matchConsulates(consulates, typed) : defaultOrder(consulates, [selectedId]);
  const active = moved ?? (options.length > 0 && (searching || selected) ? 0 : -1);
  const expanded = open && options.length > 0;
  const optionId = (index: number) => `${baseId}-option-${index}`;

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
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    let handled = true;
    if (event.key === 'ArrowDown') moveTo(expanded ? active + 1 : Math.max(active, 0));
    else if (event.key === 'ArrowUp') moveTo(active - 1);
    else if (event.key === 'Enter') {
      if (active >= 0 && (expanded || searching)) pick(options[active]);
      else handled = false;
    } else if (event.key === 'Escape' && (expanded || typed !== null)) {
      if (expanded) setOpen(false);
      else setTyped(null);
    } else handled = false;
    if (handled) event.preventDefault();
  };

  return (
    <div className="field capacity-picker">
      <label htmlFor={`${baseId}-input`}>{t('capacity.consulate.label')}</label>
      <input
        id={`${baseId}-input`}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('capacity.consulate.placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={hintId}
        value={typed ?? (selected ? labelOf(selected) : '')}
        onChange={(e) => {
          setTyped(e.target.value);
          setMoved(null);
          setOpen(true);
        }}
        onFocus={(e) => e.currentTarget.select()}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id={hintId} className="field__hint">
        {t('capacity.consulate.hint')}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {searching ? t('capacity.consulate.results', { count: options.length, first: options[0] ? labelOf(options[0]) : '' }) : ''}
      </span>
      <ul id={listId} role="listbox" aria-label={t('capacity.consulate.label')} className="capacity-picker__list" hidden={!expanded}>
        {expanded
          ? options.map((c, index) => (
              <li
                key={c.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={`capacity-picker__option${index === active ? ' is-active' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(c)}
              >
                <span className="capacity-picker__code">{c.id}</span>
                <span>
                  {c.city}, {c.region}
                </span>
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}
