import { useId, useState, type FormEvent, type RefObject } from 'react';
import { MAX_PUBLISH_RANGE_DAYS, type PublishResult } from '../../../../../shared/api/capacity';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import { todayIn } from '../../../../../shared/domain/time/zoned-time';
import { Panel } from '../../../components/panel';
import { formatLocalDate } from '../../../i18n/format-zoned';
import type { Locale } from '../../../i18n/locales';
import { useT, type Translate } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { usePublishSlots } from '../hooks/use-publish-slots';
import {
  lastDateWithinHorizon,
  nextMonthRange,
  publishRangeProblem,
  type RangeProblem,
} from '../publish-range';

type Props = { consulate: Consulate; fromRef: RefObject<HTMLInputElement | null> };

/** The monthly release: a date range (next month by default), published from the weekly hours. */
export function PublishPanel({ consulate, fromRef }: Props) {
  const t = useT();
  const publish = usePublishSlots(consulate.id);
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const id = useId();
  const [range, setRange] = useState(() => nextMonthRange(todayIn(consulate.timeZone)));
  const [problem, setProblem] = useState<RangeProblem | null>(null);
  // Past the booking horizon only on purpose: the lead ticks it, and the server records it.
  const [beyondHorizon, setBeyondHorizon] = useState(false);
  const horizonEnd = lastDateWithinHorizon(todayIn(consulate.timeZone), consulate.bookingHorizonDays);
  const pastHorizon = publishRangeProblem(range.from, range.to) === null && range.to > horizonEnd;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = publishRangeProblem(range.from, range.to);
    setProblem(found);
    if (found || publish.isPending || (pastHorizon && !beyondHorizon)) return;
    publish.mutate(pastHorizon ? { ...range, beyondHorizon: true } : range);
  };
  const edit = (field: 'from' | 'to', value: string) => {
    setRange((r) => ({ ...r, [field]: value }));
    setProblem(null);
  };
  const problemId = `${id}-problem`;

  return (
    <Panel title={t('capacity.publish.title')} className="capacity-publish">
      <p className="capacity-publish__explain">{t('capacity.publish.explain')}</p>
      <form className="capacity-publish__form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('capacity.publish.from')}</label>
          <input
            id={`${id}-from`}
            ref={fromRef}
            type="date"
            value={range.from}
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => edit('from', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('capacity.publish.to')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={range.to}
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => edit('to', e.target.value)}
          />
        </div>
        {pastHorizon ? (
          <div className="field capacity-publish__horizon">
            <p id={`${id}-horizon`} className="field__hint">
              {t('capacity.publish.horizon', {
                days: consulate.bookingHorizonDays,
                date: formatLocalDate(horizonEnd, locale),
              })}
            </p>
            <label>
              <input
                type="checkbox"
                checked={beyondHorizon}
                aria-describedby={`${id}-horizon`}
                onChange={(e) => setBeyondHorizon(e.target.checked)}
              />{' '}
              {t('capacity.publish.beyondHorizon')}
            </label>
          </div>
        ) : null}
        <button
          type="submit"
          className="button"
          aria-disabled={publish.isPending || (pastHorizon && !beyondHorizon)}
        >
          {publish.isPending ? t('capacity.publish.publishing') : t('capacity.publish.submit')}
        </button>
      </form>
      {problem ? (
        <p id={problemId} role="alert" className="field__error">
          {t(`capacity.publish.problem.${problem}`, { days: MAX_PUBLISH_RANGE_DAYS })}
        </p>
      ) : null}
      <div aria-live="polite">
        {publish.isSuccess ? (
          <PublishSummary result={publish.data} consulate={consulate} locale={locale} t={t} />
        ) : null}
      </div>
      {publish.isError ? (
        <p role="alert" className="alert alert--error">
          {t('capacity.publish.failed', { error: errorText(publish.error) })}
        </p>
      ) : null}
    </Panel>
  );
}

function PublishSummary({
  result,
  consulate,
  locale,
  t,
}: {
  result: PublishResult;
  consulate: Consulate;
  locale: Locale;
  t: Translate;
}) {
  const day = (date: string) => formatLocalDate(date, locale);
  const closed = new Intl.ListFormat(locale, { type: 'conjunction' }).format(result.closedDates.map(day));
  return (
    <div className="alert alert--info capacity-publish__result">
      <p>
        {t('capacity.publish.result', {
          consulate: consulate.id,
          from: day(result.from),
          to: day(result.to),
          published: result.published,
          already: result.alreadyPublished,
        })}
      </p>
      <p>
        {result.closedDates.length
          ? t('capacity.publish.closedDates', { dates: closed })
          : t('capacity.publish.noClosedDates')}
      </p>
    </div>
  );
}
