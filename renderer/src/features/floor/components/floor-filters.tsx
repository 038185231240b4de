import { useId } from 'react';
import { operatorStates } from '../../../../../shared/api/floor/floor';
import type { Queue } from '../../../../../shared/api/floor/queues';
import { languageOf, type Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import type { FloorFilter } from '../floor-rows';

/** The floor's filters: name or username as typed, a state, a queue. */
export function FloorFilters({
  filter,
  queues,
  onChange,
}: {
  filter: FloorFilter;
  queues: readonly Queue[];
  onChange: (filter: FloorFilter) => void;
}) {
  const t = useT();
  const locale = useConsole((s) => s.locale) as Locale;
  const textId = useId();
  const stateId = useId();
  const queueId = useId();
  return (
    <div role="search" className="floor-filters" aria-label={t('floor.filter.label')}>
      <div className="field floor-filters__text">
        <label htmlFor={textId}>{t('floor.filter.text')}</label>
        <input
          id={textId}
          type="search"
          value={filter.text}
          autoComplete="off"
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={stateId}>{t('floor.filter.state')}</label>
        <select
          id={stateId}
          value={filter.state}
          onChange={(e) => onChange({ ...filter, state: e.target.value as FloorFilter['state'] })}
        >
          <option value="all">{t('floor.filter.anyState')}</option>
          {operatorStates.map((s) => (
            <option key={s} value={s}>
              {t(`floor.state.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={queueId}>{t('floor.filter.queue')}</label>
        <select
          id={queueId}
          value={filter.queueId}
          onChange={(e) => onChange({ ...filter, queueId: e.target.value })}
        >
          <option value="all">{t('floor.filter.anyQueue')}</option>
          {queues.map((q) => (
            <option key={q.id} value={q.id}>
              {q.name[languageOf(locale)]}
            </option>
          ))}
          <option value="none">{t('floor.noQueue')}</option>
        </select>
      </div>
    </div>
  );
}
