import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-client-context';
import { consulatesQuery } from '../../../api/reference';
import { panelShortcuts } from '../../../commands/keymap';
import { Panel } from '../../../components/panel';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useFocusRequest } from '../../../lib/use-focus-request';
import { useMinuteClock } from '../../../lib/use-minute-clock';
import { useConsole, useConsoleStore } from '../../../stores/console-store-context';
import { useSuggestedConsulate } from '../hooks/use-suggested-consulate';
import { ConsulateClockLine } from './consulate-clock-line';
import { ConsulateSearch } from './consulate-search';
import { NextDaysWithSeats } from './next-days-with-seats';
import './consulate-panel.css';

/**
 * Step 3 of a call: where. A combobox to find the consulate by code or city, then its local time
 * and the next days with seats. Picking one moves on to the slot grid.
 */
export function ConsulatePanel() {
  const t = useT();
  const api = useApi();
  const store = useConsoleStore();
  const errorText = useErrorText();
  const consulateId = useConsole((s) => s.consulateId);
  const inputRef = useFocusRequest<HTMLInputElement>('consulate');
  const suggestedId = useSuggestedConsulate();
  const now = useMinuteClock();
  const { data: consulates = [], isPending, error } = useQuery(consulatesQuery(api));
  const consulate = consulates.find((c) => c.id === consulateId) ?? null;

  const pick = (id: string) => {
    const state = store.getState();
    // Confirming the same consulate keeps the seat already chosen in the grid.
    if (state.consulateId !== id) state.selectConsulate(id);
    state.focusPanel('slots');
  };

  return (
    <Panel title={t('app.panel.consulate')} shortcut={panelShortcuts.consulate} className="consulate-panel">
      {isPending ? (
        <p className="empty-state" role="status">
          {t('consulate.loading')}
        </p>
      ) : error ? (
        <p className="alert alert--error" role="alert">
          {t('consulate.loadError', { error: errorText(error) })}
        </p>
      ) : (
        <>
          <div className="consulate-panel__row">
            <ConsulateSearch
              consulates={consulates}
              selectedId={consulateId}
              suggestedId={suggestedId}
              inputRef={inputRef}
              onPick={pick}
            />
            {consulate ? (
              <ConsulateClockLine consulate={consulate} now={now} />
            ) : (
              <p className="consulate-panel__muted">{t('consulate.none')}</p>
            )}
          </div>
          {consulate ? <NextDaysWithSeats consulate={consulate} now={now} /> : null}
        </>
      )}
    </Panel>
  );
}
