import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { Consulate } from '../../../shared/api/reference/consulates';
import { useT } from '../i18n/use-t';
import { stepIndex } from '../lib/list-step';
import { defaultOrder, matchConsulates } from '../lib/match-consulates';
import './consulate-combobox.css';

/** A consulate offered right after the chosen one when nothing is typed, with a word saying why. */
export type ConsulateSuggestion = { id: string; tag: string };

/**
 * Options the caller ranks itself for what was typed (the consulates nearest to a postal code), in
 * that order, each with a line of detail; or, while there are none, a notice in their place.
 */
export type RankedOptions = {
  items: readonly { id: string; detail: string }[];
  /** Said under the field when there are no items: looking them up, an unknown code… */
  notice: string | null;
};

type Props = {
  consulates: readonly Consulate[];
  selectedId: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  onPick: (id: string) => void;
  /** Names the field and its list. */
  label: string;
  /** How to use the field, read with it. */
  hint: string;
  /** Label and hint for screen readers only, where the panel's heading already names the field. */
  compact?: boolean;
  suggestion?: ConsulateSuggestion | null;
  /** The caller's layout (width, flex) of the whole field. */
  className?: string;
  /**
   * Changes each time the caller's step is asked for (Alt+3, the previous step done): the chosen
   * consulate's text is selected so typing replaces it, also when focus never left the field.
   */
  selectRequest?: unknown;
  /** Told of what is typed as it changes (null: the field shows the chosen consulate again). */
  onTypedChange?: (typed: string | null) => void;
  /** When set while something is typed, the options instead of the matches by code or city. */
  ranked?: RankedOptions | null;
};

export const consulateLabel = (c: Consulate) => `${c.id} · ${c.city}, ${c.region}`;

/**
 * An editable combobox with a list popup (WAI-ARIA 1.2, APG): type a code, a city or a name,
 * accents and case ignored; the best match is active, so Enter picks it. Arrows move through the
 * list, Alt+Down opens it, Alt+Up or Escape closes it, and a second Escape puts back the choice.
 * With nothing typed, the chosen consulate comes first, then the suggested one, then all by city.
 */
export function ConsulateCombobox({
  consulates,
  selectedId,
  inputRef,
  onPick,
  label,
  hint,
  compact = false,
  suggestion = null,
  className,
  selectRequest,
  onTypedChange,
  ranked = null,
}: Props) {
  const t = useT();
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  const optionId = (index: number) => `${baseId}-option-${index}`;
  /** What was typed; null while the field shows the chosen consulate. */
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  /** The option moved to with the arrows; null means the default one. */
  const [moved, setMoved] = useState<number | null>(null);
  /** Enter presses on text that matches nothing: from the first, the visible notice is an alert, new each time. */
  const [enterMisses, setEnterMisses] = useState(0);
  const [lastSelected, setLastSelected] = useState(selectedId);
  if (lastSelected !== selectedId) {
    // Chosen elsewhere (a returning caller's last consulate): show it.
    setLastSelected(selectedId);
    setTyped(null);
    setMoved(null);
  }

  const suggestedId = suggestion?.id ?? null;
  const selected = consulates.find((c) => c.id === selectedId) ?? null;
  const searching = typed !== null && typed.trim() !== '';
  const rankedNow = searching ? ranked : null;
  const details = new Map(rankedNow?.items.map((item) => [item.id, item.detail]));
  const options = rankedNow
    ? rankedNow.items.flatMap((item) => consulates.filter((c) => c.id === item.id))
    : searching
      ? matchConsulates(consulates, typed)
      : defaultOrder(consulates, [selectedId, suggestedId]);
  const firstIsDefault = searching || selected !== null || suggestedId !== null;
  const active = moved ?? (firstIsDefault && options.length > 0 ? 0 : -1);
  const expanded = open && options.length > 0;
  const activeId = expanded && active >= 0 ? optionId(active) : undefined;
  const announced = options[active === -1 ? 0 : active];
  const noMatch = searching && options.length === 0 && !rankedNow;
  const notice = rankedNow && options.length === 0 ? rankedNow.notice : null;
  const noneId = `${baseId}-none`;
  const optionText = (c: Consulate) =>
    details.has(c.id) ? `${consulateLabel(c)} — ${details.get(c.id)}` : consulateLabel(c);

  useEffect(() => {
    onTypedChange?.(typed);
  }, [typed, onTypedChange]);

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId, typed]);

  // The selection waits for the frame that shows the field; what the operator typed before that
  // frame is theirs and is never selected away (the next key would replace it).
  const typing = useRef(false);
  useLayoutEffect(() => {
    typing.current = typed !== null;
  }, [typed]);
  useEffect(() => {
    if (selectRequest === undefined || selectRequest === null) return;
    const id = requestAnimationFrame(() => {
      if (!typing.current) inputRef.current?.select();
    });
    return () => cancelAnimationFrame(id);
  }, [selectRequest, inputRef]);

  const pick = (consulate: Consulate | undefined) => {
    if (!consulate) return;
    setTyped(null);
    setMoved(null);
    setOpen(false);
    onPick(consulate.id);
  };
  const moveTo = (index: number) => {
    setMoved(stepIndex(index, options.length));
    setOpen(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.ctrlKey || event.metaKey) return;
    let handled = true;
    if (event.altKey) {
      // Alt+Down shows the list without moving; other Alt keys are the console's shortcuts.
      if (event.key === 'ArrowDown') setOpen(true);
      else if (event.key === 'ArrowUp' && expanded) setOpen(false);
      else handled = false;
    } else if (event.key === 'ArrowDown') moveTo(expanded ? active + 1 : Math.max(active, 0));
    else if (event.key === 'ArrowUp') moveTo(active - 1);
    else if (event.key === 'Enter' && active >= 0) pick(options[active]);
    else if (event.key === 'Enter' && (noMatch || notice)) setEnterMisses((n) => n + 1);
    else if (event.key === 'Escape' && (expanded || typed !== null)) {
      // First Escape closes the list; the second puts back the chosen consulate.
      if (expanded) setOpen(false);
      else setTyped(null);
    } else handled = false;
    if (handled) event.preventDefault();
  };

  return (
    <div className={`field consulate-combobox${className ? ` ${className}` : ''}`}>
      <label htmlFor={inputId} className={compact ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <div className="consulate-combobox__anchor">
        <input
          id={inputId}
          ref={inputRef}
          type="text"
          role="combobox"
          className="consulate-combobox__input"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('consulateCombobox.placeholder')}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-describedby={noMatch || notice ? `${hintId} ${noneId}` : hintId}
          value={typed ?? (selected ? consulateLabel(selected) : '')}
          onChange={(e) => {
            setTyped(e.target.value);
            setMoved(null);
            setOpen(true);
            setEnterMisses(0);
          }}
          onFocus={(e) => e.currentTarget.select()}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="consulate-combobox__list"
          hidden={!expanded}
        >
          {expanded
            ? options.map((c, index) => (
                <li
                  key={c.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className={`consulate-combobox__option${index === active ? ' is-active' : ''}`}
                  // The field keeps the focus; a click picks.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => pick(c)}
                >
                  <span className="consulate-combobox__code">{c.id}</span>
                  <span className="consulate-combobox__city">
                    {c.city}, {c.region}
                  </span>
                  {c.id === suggestedId ? (
                    <span className="consulate-combobox__tag">{suggestion?.tag}</span>
                  ) : null}
                  {c.id === selectedId && c.id !== suggestedId ? (
                    <span className="consulate-combobox__tag">{t('consulateCombobox.option.chosen')}</span>
                  ) : null}
                  {details.has(c.id) ? (
                    <span className="consulate-combobox__detail">{details.get(c.id)}</span>
                  ) : null}
                </li>
              ))
            : null}
        </ul>
      </div>
      {noMatch ? (
        // Visible, under the field; after Enter read out at once as well.
        <p
          key={enterMisses}
          id={noneId}
          className="consulate-combobox__none"
          role={enterMisses > 0 ? 'alert' : undefined}
        >
          {t('consulateCombobox.none', { typed: typed.trim() })}
        </p>
      ) : notice ? (
        <p
          key={`notice-${enterMisses}`}
          id={noneId}
          className="consulate-combobox__none"
          role={enterMisses > 0 ? 'alert' : undefined}
        >
          {notice}
        </p>
      ) : null}
      <span id={hintId} className={compact ? 'visually-hidden' : 'field__hint'}>
        {hint}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {notice
          ? notice
          : searching
            ? t('consulateCombobox.results', {
                count: options.length,
                first: announced ? optionText(announced) : '',
              })
            : ''}
      </span>
    </div>
  );
}
