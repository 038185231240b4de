import { useEffect, useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { Applicant } from '../../../../../shared/api/applicants';
import { actionShortcuts } from '../../../commands/keymap';
import { shortcutLabel } from '../../../commands/shortcut';
import { useT } from '../../../i18n/use-t';
import { stepIndex } from '../../../lib/list-step';
import { useErrorText } from '../../../lib/use-error-text';
import { useApplicantSearch } from '../hooks/use-applicant-search';
import { ApplicantSummary } from './applicant-summary';

type Props = {
  text: string;
  onTextChange: (text: string) => void;
  onPick: (applicant: Applicant) => void;
  onRegister: () => void;
  inputRef: Ref<HTMLInputElement>;
};

/**
 * The caller search, a combobox: type a CURP, a phone or the names, and Enter picks the top
 * match; ↓/↑ choose another. Enter typed before the answer arrives picks when it does.
 */
export function ApplicantSearch({ text, onTextChange, onPick, onRegister, inputRef }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const search = useApplicantSearch(text);
  const { results, settled } = search;
  const [cursor, setCursor] = useState<{ list: readonly Applicant[]; index: number }>({
    list: results,
    index: 0,
  });
  const [pickWhenSettled, setPickWhenSettled] = useState(false);
  const listboxId = useId();
  const hintId = useId();
  const active = cursor.list === results ? Math.min(cursor.index, results.length - 1) : 0;
  const optionId = (a: Applicant) => `${listboxId}-${a.id}`;
  const expanded = search.active && results.length > 0;
  const highlighted = expanded ? results[active] : undefined;

  useEffect(() => {
    if (!pickWhenSettled) return;
    if (search.error) setPickWhenSettled(false);
    if (!settled) return;
    setPickWhenSettled(false);
    if (results[0]) onPick(results[0]);
  }, [pickWhenSettled, settled, results, search.error, onPick]);

  const move = (delta: number) => {
    if (!expanded) return;
    setCursor({ list: results, index: stepIndex(active + delta, results.length) });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter':
        event.preventDefault();
        if (settled && highlighted) onPick(highlighted);
        else if (search.active && !settled) {
          search.flush();
          setPickWhenSettled(true);
        }
        break;
      case 'Escape':
        if (text) {
          event.preventDefault();
          onTextChange('');
        }
        break;
    }
  };

  const status = settled
    ? `${t('caller.search.count', { count: results.length })}${search.more ? `. ${t('caller.search.more')}` : ''}`
    : '';
  const register = shortcutLabel(actionShortcuts.registerApplicant);

  return (
    <div className="caller-search">
      <label className="visually-hidden" htmlFor={`${listboxId}-input`}>
        {t('caller.search.label')}
      </label>
      <input
        ref={inputRef}
        id={`${listboxId}-input`}
        className="caller-search__input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('caller.search.placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={highlighted ? optionId(highlighted) : undefined}
        aria-describedby={hintId}
        value={text}
        onChange={(e) => {
          onTextChange(e.target.value);
          setPickWhenSettled(false);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="caller-search__hint">
        {t('caller.search.hint')}
      </p>
      <p className="caller-search__count" role="status">
        {status}
      </p>
      {search.error ? (
        <p className="alert alert--error" role="alert">
          {errorText(search.error)}
        </p>
      ) : null}
      <ul
        id={listboxId}
        role="listbox"
        aria-label={t('caller.search.results')}
        className="caller-search__results"
        hidden={!expanded}
      >
        {expanded
          ? results.map((applicant, index) => (
              <li
                key={applicant.id}
                id={optionId(applicant)}
                role="option"
                aria-selected={index === active}
                className="caller-option"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onPick(applicant)}
              >
                <ApplicantSummary applicant={applicant} />
              </li>
            ))
          : null}
      </ul>
      {expanded && search.more ? <p className="caller-search__more">{t('caller.search.more')}</p> : null}
      {settled && results.length === 0 ? (
        <div className="caller-search__none">
          <p>{t('caller.search.none', { shortcut: register })}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={onRegister}
            aria-keyshortcuts={actionShortcuts.registerApplicant}
          >
            {t('caller.register.open')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
