import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, type RefObject } from 'react';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import type { Slot } from '../../../../../shared/api/slots';
import { useApi } from '../../../api/api-client-context';
import { SLOT_WINDOW_DAYS, slotWindow, slotsQuery } from '../../../api/slots';
import { useCommand } from '../../../commands/command-registry';
import { actionShortcuts } from '../../../commands/keymap';
import { formatLocalDate, formatWallTime } from '../../../i18n/format-zoned';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useMinuteClock } from '../../../lib/use-minute-clock';
import { useSlotSubscription } from '../../../realtime/use-slot-subscription';
import { useConsole } from '../../../stores/console-store-context';
import { isOnline } from '../../../stores/slices/connection-slice';
import {
  bookableFromMs,
  buildGridModel,
  isHoldable,
  localDateOf,
  positionOfSlot,
  slotAt,
  timeStateOf,
  wallTimeOf,
  withoutPastDays,
  type CellKey,
} from '../grid-model';
import { useSlotEligibility } from '../hooks/use-slot-eligibility';
import { holdBlocker } from '../hold-blocker';
import { useFilledAnnouncement } from '../hooks/use-filled-announcement';
import { useHoldSlot } from '../hooks/use-hold-slot';
import { useGridCursor } from '../hooks/use-grid-cursor';
import { HoldBar } from './hold-bar';
import { SlotGrid } from './slot-grid';
import { ZoneLine } from './zone-line';

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
  const nowMs = useMinuteClock().getTime();
  // Booking closes this long before a time starts (the server shows such a slot with no seat).
  const leadMs = consulate.minLeadMinutes * 60_000;
  const bookableFrom = bookableFromMs(nowMs, consulate.minLeadMinutes);
  const allDays = useMemo(() => buildGridModel(items ?? []), [items]);
  const model = useMemo(() => withoutPastDays(allDays, nowMs), [allDays, nowMs]);
  const selectedSlotId = useConsole((s) => s.selectedSlotId);
  const heldSlotId = useConsole((s) => s.hold?.slotId ?? null);
  const online = useConsole(isOnline);
  const hasApplicant = useConsole((s) => s.applicant !== null);
  const procedureId = useConsole((s) => s.procedureId);

  const { position, activeCellRef, focusToken, moveTo } = useGridCursor(
    model,
    selectedSlotId,
    bookableFrom,
    focusServed,
    leadMs,
  );
  const hold = useHoldSlot();
  const activeSlot = slotAt(model, position);
  const selectedSlot = slotAt(model, positionOfSlot(model, selectedSlotId));
  const pendingSlotId = hold.isPending ? hold.variables : null;
  const filled = useFilledAnnouncement(activeSlot, selectedSlot, [heldSlotId, pendingSlotId].join('|'));
  const blocker = holdBlocker({ hasApplicant, procedureId, online });
  // The caller's age on that slot's date (or their missing CURP) may rule the service out: said before the hold.
  const ineligibleOn = useSlotEligibility();
  const activeRefusal = activeSlot ? ineligibleOn(activeSlot) : null;
  const canHoldActive =
    blocker === null && isHoldable(activeSlot, bookableFrom) && activeRefusal === null && !hold.isPending;

  const tryHold = (slot: Slot | null) => {
    if (
      blocker !== null ||
      hold.isPending ||
      !isHoldable(slot, Date.now() + leadMs) ||
      ineligibleOn(slot) !== null
    )
      return;
    hold.mutate(slot.id);
  };

  useCommand({
    id: 'slots.hold',
    label: 'slots.hold',
    shortcut: actionShortcuts.holdSlot,
    enabled: canHoldActive,
    run: () => tryHold(activeSlot),
  });

  const onActiveChange = (key: CellKey, moveFocus: boolean) => {
    moveTo(key, moveFocus);
    if (hold.isError) hold.reset();
  };

  const zoneId = useId();
  const hintId = useId();

  if (page.isPending)
    return (
      <p className="empty-state" role="status">
        {t('slots.loading')}
      </p>
    );
  if (page.isError)
    return (
      <p className="alert alert--error" role="alert">
        {errorText(page.error)}
      </p>
    );
  if (!position) return <p className="empty-state">{t('slots.empty', { days: SLOT_WINDOW_DAYS })}</p>;

  return (
    <>
      <ZoneLine
        id={zoneId}
        consulate={consulate}
        first={items?.[0]?.start ?? new Date()}
        last={items?.[items.length - 1]?.start ?? new Date()}
      />
      <SlotGrid
        model={model}
        position={position}
        selectedSlotId={selectedSlotId}
        nowMs={nowMs}
        bookableFromMs={bookableFrom}
        leadMinutes={consulate.minLeadMinutes}
        label={t('slots.gridLabel', { consulate: consulate.name })}
        describedBy={`${zoneId} ${hintId}`}
        activeCellRef={activeCellRef}
        focusToken={focusToken}
        onActiveChange={onActiveChange}
        onHold={tryHold}
      />
      <p className="slot-panel__live" role="status" aria-live="polite">
        {filled
          ? t('slots.filledLive', {
              date: formatLocalDate(localDateOf(filled), locale),
              time: formatWallTime(wallTimeOf(filled), locale),
            })
          : ''}
      </p>
      {hold.isError ? (
        <p className="alert alert--error" role="alert">
          {errorText(hold.error)}
        </p>
      ) : null}
      <HoldBar
        id={hintId}
        slot={activeSlot}
        holdable={isHoldable(activeSlot, bookableFrom) && activeRefusal === null}
        timeState={activeSlot ? timeStateOf(activeSlot, nowMs, bookableFrom) : null}
        leadMinutes={consulate.minLeadMinutes}
        refusal={activeRefusal}
        blocker={blocker}
        pending={hold.isPending}
        onHold={() => tryHold(activeSlot)}
      />
    </>
  );
}
