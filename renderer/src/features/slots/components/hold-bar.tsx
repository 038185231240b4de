import type { Slot } from '../../../../../shared/api/slots';
import { actionShortcuts, panelShortcuts } from '../../../commands/keymap';
import { shortcutLabel } from '../../../commands/shortcut';
import { Kbd } from '../../../components/kbd';
import { formatLocalDate, formatWallTime } from '../../../i18n/format-zoned';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import { localDateOf, wallTimeOf } from '../grid-model';
import type { HoldBlocker } from '../hold-blocker';

type Props = {
  id: string;
  slot: Slot | null;
  holdable: boolean;
  /** The slot has started, or starts inside the consulate's lead time. */
  timeState: 'past' | 'soon' | null;
  leadMinutes: number;
  /** Why the caller cannot have the service on that slot's date, worded; null when they can. */
  refusal: string | null;
  blocker: HoldBlocker | null;
  pending: boolean;
  onHold: () => void;
};

/** Under the grid: the Hold button for the chosen time (Alt+H), why it cannot be held, the keys. */
export function HoldBar({
  id,
  slot,
  holdable,
  timeState,
  leadMinutes,
  refusal,
  blocker,
  pending,
  onHold,
}: Props) {
  const t = useT();
  const locale = useConsole((s) => s.locale);
  const reasonId = `${id}-reason`;
  const reason =
    blocker === 'noCaller'
      ? t('slots.blocked.noCaller', { shortcut: shortcutLabel(panelShortcuts.caller) })
      : blocker === 'noProcedure'
        ? t('slots.blocked.noProcedure', { shortcut: shortcutLabel(panelShortcuts.procedure) })
        : blocker === 'offline'
          ? t('slots.blocked.offline')
          : slot && timeState === 'past'
            ? t('slots.blocked.past')
            : slot && timeState === 'soon'
              ? t('slots.blocked.soon', { minutes: leadMinutes })
              : slot && refusal
                ? refusal
                : slot && !holdable
                  ? t('slots.blocked.noSeats')
                  : null;
  const label = slot
    ? t('slots.holdButton', {
        date: formatLocalDate(localDateOf(slot), locale),
        time: formatWallTime(wallTimeOf(slot), locale),
      })
    : t('slots.holdNothing');

  return (
    <div className="slot-panel__footer">
      <button
        type="button"
        className="button"
        onClick={onHold}
        disabled={blocker !== null || !holdable || pending}
        aria-keyshortcuts={actionShortcuts.holdSlot}
        aria-describedby={reason ? reasonId : undefined}
      >
        {pending ? t('slots.holding') : label} <Kbd shortcut={actionShortcuts.holdSlot} />
      </button>
      {reason ? (
        <p
          className={reason === refusal ? 'slot-panel__hint slot-panel__hint--refusal' : 'slot-panel__hint'}
          id={reasonId}
        >
          {reason}
        </p>
      ) : null}
      <p className="slot-panel__hint" id={id}>
        {t('slots.howTo', { shortcut: shortcutLabel(actionShortcuts.holdSlot) })} {t('slots.onlyOpenDays')}
      </p>
    </div>
  );
}
