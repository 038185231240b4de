import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { Consulate } from '../../../../../shared/api/consulates';
import type { Slot } from '../../../../../shared/api/slots';
import { useApi } from '../../../api/api-client-context';
import { SLOT_WINDOW_DAYS, slotWindow, slotsQuery } from '../../../api/slots';
import { useCommand } from '../../../commands/command-registry';
import { actionShortcuts, panelShortcuts } from '../../../commands/keymap';
import { shortcutLabel } from '../../../commands/shortcut';
import { Kbd } from '../../../components/kbd';
import { formatLocalDate, formatWallTime, zoneAbbreviation, zoneName } from '../../../i18n/format-zoned';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useSlotSubscription } from '../../../realtime/use-slot-subscription';
import { useConsole } from '../../../stores/console-store-context';
import { isOnline } from '../../../stores/slices/connection-slice';
import { buildGridModel, withoutPastDays, focusTarget, isHoldable, keyAt, localDateOf, positionOfSlot, primaryPosition, slotAt, wallTimeOf, type CellKey } from '../grid-model';
import { holdBlocker } from '../hold-blocker';
import { useFilledAnnouncement } from '../hooks/use-filled-announcement';
import { useHoldSlot } from '../hooks/use-hold-slot';
import { useMinuteClock } from '../hooks/use-minute-clock';
import { useSlotsFocusRequest } from '../hooks/use-slots-focus-request';
import { SlotGrid } from './slot-grid';

type Props = { consulate: Consulate; focusServed: RefObject<number> };

/**
 * One consulate's next 62 days of times, live: the same cached page the consulate panel reads
 * (the range is exactly `slotWindow`), patched in place by the realtime sync while subscribed.
 */
export function ConsulateSlots({ consulate, focusServed }: Props) {
  const t = useT();
  const api = useApi();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const { from, to } = slotWindow(consulate.timeZone);
  const page = useQuery(slotsQuery(api, consulate.id, from, to));
  useSlotSubscription(consulate.id, from, to);

  const items = page.data?.items;
  const nowMs = useMinuteClock();
  const allDays = useMemo(() => buildGridModel(items ?? []), [items]);
  const model = useMemo(() => withoutPastDays(allDays, nowMs), [allDays, nowMs]);
  const selectedSlotId = useConsole((s) => s.selectedSlotId);
  const heldSlotId = useConsole((s) => s.hold?.slotId ?? null);
  const online = useConsole(isOnline);
  const hasApplicant = useConsole((s) => s.applicant !== null);
  const procedureId = useConsole((s) => s.procedureId);

  // The tab stop, by date and time; pinned once the times arrive so live changes never move it.
  const [active, setActive] = useState<CellKey | null>(null);
  const [focusToken, setFocusToken] = useState(0);
  const position = primaryPosition(model, active, selectedSlotId, nowMs);
  useEffect(() => {
    if (active === null && position) setActive(keyAt(model, position));
  }, [active, position, model]);

  const hold = useHoldSlot();
  const activeSlot = slotAt(model, position);
  const selectedSlot = slotAt(model, positionOfSlot(model, selectedSlotId));
  const pendingSlotId = hold.isPending ? hold.variables : null;
  const filled = useFilledAnnouncement(activeSlot, selectedSlot, [heldSlotId, pendingSlotId].join('|'));
  const blocker = holdBlocker({ hasApplicant, procedureId, online });
  const canHoldActive = blocker === null && isHoldable(activeSlot, nowMs) && !hold.isPending;

  const tryHold = (slot: Slot | null) => {
    if (blocker !== null || hold.isPending || !isHoldable(slot, Date.now())) return;
    hold.mutate(slot.id);
  };

  useCommand({ id: 'slots.hold', label: 'slots.hold', shortcut: actionShortcuts.holdSlot, enabled: canHoldActive, run: () => tryHold(activeSlot) });

  const activeCellRef = useRef<HTMLDivElement | null>(null);
  const onActiveChange = useCallback(
    (key: CellKey, moveFocus: boolean) => {
      setActive(key);
      if (moveFocus) setFocusToken((n) => n + 1);
      if (hold.isError) hold.reset();
    },
    [hold],
  );
  const onFocusRequest = useCallback(() => {
    const target = focusTarget(model, active, selectedSlotId, Date.now());
    const key = target && keyAt(model, target);
    if (key) setActive(key);
    setFocusToken((n) => n + 1);
  }, [model, active, selectedSlotId]);
  useSlotsFocusRequest(position !== null, focusServed, onFocusRequest);

  const zoneId = useId();
  const hintId = useId();

  if (page.isPending) return <p className="empty-state" role="status">{t('slots.loading')}</p>;
  if (page.isError) return <p className="alert alert--error" role="alert">{errorText(page.error)}</p>;
  if (!position) return <p className="empty-state">{t('slots.empty', { days: SLOT_WINDOW_DAYS })}</p>;

  const firstStart = items?.[0]?.start ?? new Date();
  const lastStart = items?.[items.length - 1]?.start ?? firstStart;
  const abbreviations = [...new Set([zoneAbbreviation(firstStart, consulate.timeZone, locale), zoneAbbreviation(lastStart, consulate.timeZone, locale)])];
  const activeLabel = activeSlot ? t('slots.holdButton', { date: formatLocalDate(localDateOf(activeSlot), locale), time: formatWallTime(wallTimeOf(activeSlot), locale) }) : t('slots.holdNothing');
  const reason =
    blocker === 'noCaller'
      ? t('slots.blocked.noCaller', { shortcut: shortcutLabel(panelShortcuts.caller) })
      : blocker === 'noProcedure'
        ? t('slots.blocked.noProcedure', { shortcut: shortcutLabel(panelShortcuts.procedure) })
        : blocker === 'offline'
          ? t('slots.blocked.offline')
          : null;

  return (
    <>
      <p className="slot-panel__zone" id={zoneId}>
        <strong>{t('slots.zone', { consulate: consulate.name, zone: zoneName(firstStart, consulate.timeZone, locale), abbreviation: abbreviations.join(' / ') })}</strong>
      </p>
      <SlotGrid
        model={model}
        position={position}
        selectedSlotId={selectedSlotId}
        nowMs={nowMs}
        label={t('slots.gridLabel', { consulate: consulate.name })}
        describedBy={`${zoneId} ${hintId}`}
        activeCellRef={activeCellRef}
        focusToken={focusToken}
        onActiveChange={onActiveChange}
        onHold={tryHold}
      />
      <p className="slot-panel__live" role="status" aria-live="polite">
        {filled ? t('slots.filledLive', { date: formatLocalDate(localDateOf(filled), locale), time: formatWallTime(wallTimeOf(filled), locale) }) : ''}
      </p>
      {hold.isError ? (
        <p className="alert alert--error" role="alert">
          {errorText(hold.error)}
        </p>
      ) : null}
      <div className="slot-panel__footer">
        <button
          type="button"
          className="button"
          onClick={() => tryHold(activeSlot)}
          disabled={!canHoldActive}
          aria-keyshortcuts={actionShortcuts.holdSlot}
          aria-describedby={reason ? `${hintId}-reason` : undefined}
        >
          {hold.isPending ? t('slots.holding') : activeLabel} <Kbd shortcut={actionShortcuts.holdSlot} />
        </button>
        {reason ? (
          <p className="slot-panel__hint slot-panel__hint--blocked" id={`${hintId}-reason`}>
            {reason}
          </p>
        ) : activeSlot && !isHoldable(activeSlot, nowMs) ? (
          <p className="slot-panel__hint">{t('slots.blocked.noSeats')}</p>
        ) : null}
        <p className="slot-panel__hint" id={hintId}>
          {t('slots.howTo', { shortcut: shortcutLabel(actionShortcuts.holdSlot) })} {t('slots.onlyOpenDays')}
        </p>
      </div>
    </>
  );
}
