import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { callCenterToday } from '../../../../../shared/domain/floor/call-center';
import { isLocalDate } from '../../../../../shared/domain/time/local-date';
import { todayIn, zonedWallTimeToUtc } from '../../../../../shared/domain/time/zoned-time';
import { useApi } from '../../../api/api-client-context';
import { consulatesQuery } from '../../../api/reference';
import { useCommand } from '../../../commands/command-registry';
import { Panel } from '../../../components/panel';
import { formatLocalDate, zoneAbbreviation, zoneName } from '../../../i18n/format-zoned';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { ConsulateDay } from './consulate-day';
import { ConsulatePicker } from './consulate-picker';
import { PublishPanel } from './publish-panel';
import './capacity-view.css';

/**
 * The lead's capacity view: a consulate and a consulate-local date; the day's seats, changed one
 * slot or the whole day at once; closing the day (its appointments listed to rebook); and the
 * monthly release of new slots.
 */
export function CapacityView() {
  const t = useT();
  const api = useApi();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const consulates = useQuery(consulatesQuery(api));
  const [consulateId, setConsulateId] = useState<string | null>(null);
  const [date, setDate] = useState(() => callCenterToday(new Date()));
  /** The lead typed a date: picking another consulate keeps it. */
  const dateChosen = useRef(false);
  const pickerRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const publishRef = useRef<HTMLInputElement>(null);
  const dateId = useId();
  const consulate = consulates.data?.find((c) => c.id === consulateId) ?? null;
  const validDate = isLocalDate(date);

  useCommand({
    id: 'capacity.consulate',
    label: 'capacity.command.consulate',
    run: () => pickerRef.current?.focus(),
  });
  useCommand({
    id: 'capacity.closeDay',
    label: 'capacity.command.closeDay',
    enabled: consulate !== null,
    run: () => reasonRef.current?.focus(),
  });
  useCommand({
    id: 'capacity.publish',
    label: 'capacity.command.publish',
    enabled: consulate !== null,
    run: () => publishRef.current?.focus(),
  });

  const pick = (id: string) => {
    setConsulateId(id);
    // Days are the consulate's own: until the lead picks one, start on the consulate's today (late
    // at night in Mexico City, Toronto is already on the next day; Los Angeles still on this one).
    const zone = consulates.data?.find((c) => c.id === id)?.timeZone;
    if (!dateChosen.current && zone) setDate(todayIn(zone, new Date()));
    // The next thing a lead sets is the day.
    requestAnimationFrame(() => dateRef.current?.focus());
  };

  return (
    <div className="capacity-view">
      <Panel title={t('capacity.title')} className="capacity-view__choice">
        {consulates.isPending ? (
          <p className="empty-state" role="status">
            {t('capacity.consulates.loading')}
          </p>
        ) : consulates.isError ? (
          <p className="alert alert--error" role="alert">
            {t('capacity.consulates.error', { error: errorText(consulates.error) })}
          </p>
        ) : (
          <div className="capacity-view__row">
            <ConsulatePicker
              consulates={consulates.data}
              selectedId={consulateId}
              inputRef={pickerRef}
              onPick={pick}
            />
            <div className="field">
              <label htmlFor={dateId}>{t('capacity.date.label')}</label>
              <input
                id={dateId}
                ref={dateRef}
                type="date"
                value={date}
                required
                onChange={(e) => {
                  dateChosen.current = true;
                  setDate(e.target.value);
                }}
              />
            </div>
          </div>
        )}
        {!consulate ? (
          <p className="empty-state">{t('capacity.consulate.none')}</p>
        ) : validDate ? (
          <p className="capacity-view__day">
            {t('capacity.day.heading', {
              consulate: consulate.name,
              date: formatLocalDate(date, locale, 'long'),
              zone: zoneName(
                zonedWallTimeToUtc(date, '12:00', consulate.timeZone),
                consulate.timeZone,
                locale,
              ),
              abbreviation: zoneAbbreviation(
                zonedWallTimeToUtc(date, '12:00', consulate.timeZone),
                consulate.timeZone,
              ),
            })}
          </p>
        ) : null}
      </Panel>
      {consulate && validDate ? (
        <div className="capacity-view__day-panels">
          <ConsulateDay
            key={`${consulate.id}/${date}`}
            consulate={consulate}
            date={date}
            reasonRef={reasonRef}
          />
        </div>
      ) : null}
      {consulate ? <PublishPanel key={consulate.id} consulate={consulate} fromRef={publishRef} /> : null}
    </div>
  );
}
