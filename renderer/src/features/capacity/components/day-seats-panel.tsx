import { useCallback, useMemo, useRef, useState } from 'react';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import type { Slot } from '../../../../../shared/api/slots';
import { Panel } from '../../../components/panel';
import { formatLocalDate, formatWallTime } from '../../../i18n/format-zoned';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { daySeats, localTimeOf, seatsOf, type SeatChange } from '../day-seats';
import { useChangeSeats } from '../hooks/use-change-seats';
import { ConfirmDialog } from './confirm-dialog';
import { DaySlotsTable } from './day-slots-table';
import { DAY_SCOPE, SeatsForm } from './seats-form';

type Props = { consulate: Consulate; date: string; slots: readonly Slot[]; closed: boolean };

/** The day's seats: the table, and one form to change a slot's or the whole day's, confirmed first. */
export function DaySeatsPanel({ consulate, date, slots, closed }: Props) {
  const t = useT();
  const change = useChangeSeats(consulate.id, date);
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const [scope, setScope] = useState(DAY_SCOPE);
  const [review, setReview] = useState<SeatChange | null>(null);
  const [done, setDone] = useState('');
  const seatsRef = useRef<HTMLInputElement>(null);
  const day = useMemo(() => daySeats(slots), [slots]);
  const dateText = formatLocalDate(date, locale, 'long');
  const timeOf = (slotId: string) => {
    const slot = slots.find((s) => s.id === slotId);
    return slot ? formatWallTime(localTimeOf(slot), locale) : '';
  };

  const onEdit = useCallback((slotId: string) => {
    setScope(slotId);
    seatsRef.current?.focus();
  }, []);

  const onReview = (c: SeatChange) => {
    change.reset();
    setDone('');
    setReview(c);
  };

  if (!day) {
    return (
      <Panel title={t('capacity.seats.title')}>
        <p className="empty-state">{closed ? t('capacity.seats.closedDay') : t('capacity.seats.empty')}</p>
      </Panel>
    );
  }

  return (
    <Panel title={t('capacity.seats.title')} className="capacity-seats">
      <p className="capacity-seats__total">
        {t('capacity.seats.total', { capacity: day.capacity, taken: day.taken, available: day.available })}
      </p>
      {closed ? <p className="alert alert--warning">{t('capacity.seats.closedDay')}</p> : null}
      <div className="capacity-seats__layout">
        <DaySlotsTable
          caption={t('capacity.seats.caption', { date: dateText })}
          slots={slots}
          locale={locale}
          onEdit={closed ? null : onEdit}
        />
        {closed ? null : (
          <div className="capacity-seats__side">
            <SeatsForm
              slots={slots}
              day={day}
              locale={locale}
              scope={scope}
              onScopeChange={setScope}
              seatsRef={seatsRef}
              disabled={change.isPending}
              onReview={onReview}
            />
            <div aria-live="polite" className="capacity-seats__status">
              {done ? <p className="alert alert--info">{done}</p> : null}
            </div>
            {change.isError ? (
              <p role="alert" className="alert alert--error">
                {t('capacity.seats.failed', { error: errorText(change.error) })}
              </p>
            ) : null}
          </div>
        )}
      </div>
      {review ? (
        <ConfirmDialog
          title={t('capacity.confirm.title')}
          confirmLabel={t('capacity.confirm.apply')}
          busyLabel={t('capacity.seats.saving')}
          busy={change.isPending}
          onConfirm={() =>
            change.mutate(review, {
              onSuccess: () => {
                setReview(null);
                setDone(
                  review.kind === 'slot'
                    ? t('capacity.seats.saved.slot', { time: timeOf(review.slotId), seats: review.capacity })
                    : t('capacity.seats.saved.day', { seats: review.capacity }),
                );
              },
              onError: () => setReview(null),
            })
          }
          onCancel={() => setReview(null)}
        >
          <p>{describeChange(review)}</p>
        </ConfirmDialog>
      ) : null}
    </Panel>
  );

  function describeChange(c: SeatChange): string {
    if (c.kind === 'day') {
      const current =
        day && day.minCapacity === day.maxCapacity
          ? String(day.minCapacity)
          : t('capacity.confirm.range', { min: day?.minCapacity, max: day?.maxCapacity });
      return t('capacity.confirm.day', { count: slots.length, date: dateText, to: c.capacity, current });
    }
    const slot = slots.find((s) => s.id === c.slotId);
    const seats = slot ? seatsOf(slot) : null;
    return t('capacity.confirm.slot', {
      time: timeOf(c.slotId),
      date: dateText,
      from: seats?.capacity,
      to: c.capacity,
      taken: seats?.taken,
    });
  }
}
