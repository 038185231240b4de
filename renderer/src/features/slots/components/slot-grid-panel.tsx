import { useQuery } from '@tanstack/react-query';
import { useRef, type ReactNode } from 'react';
import { useApi } from '../../../api/api-client-context';
import { consulatesQuery } from '../../../api/reference';
import { panelShortcuts } from '../../../commands/keymap';
import { shortcutLabel } from '../../../commands/shortcut';
import { Panel } from '../../../components/panel';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import { ConsulateSlots } from './consulate-slots';
import { RescheduleBanner } from './reschedule-banner';
import './slot-grid.css';

/** The centre of the console: the chosen consulate's times, seats updating live; Enter holds one. */
export function SlotGridPanel({
  noSuitableSeat,
}: {
  /** What the operator can do when no time suits the caller (put them on the waitlist), under the grid. */
  noSuitableSeat?: ReactNode;
} = {}) {
  const t = useT();
  const api = useApi();
  const consulateId = useConsole((s) => s.consulateId);
  const consulates = useQuery(consulatesQuery(api));
  const consulate = consulates.data?.find((c) => c.id === consulateId) ?? null;
  // The last focus request served, kept here so a change of consulate never replays an old one.
  const focusServed = useRef(0);

  return (
    <Panel title={t('app.panel.slots')} shortcut={panelShortcuts.slots} className="panel--grow slot-panel">
      <RescheduleBanner />
      {consulate ? (
        <ConsulateSlots key={consulate.id} consulate={consulate} focusServed={focusServed} />
      ) : consulateId && consulates.isPending ? (
        <p className="empty-state" role="status">
          {t('slots.loading')}
        </p>
      ) : (
        <p className="empty-state">
          {t('slots.noConsulate', { shortcut: shortcutLabel(panelShortcuts.consulate) })}
        </p>
      )}
      {noSuitableSeat}
    </Panel>
  );
}
