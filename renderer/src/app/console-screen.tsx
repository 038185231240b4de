import { useEffect } from 'react';
import { useCommand, useShortcutListener } from '../commands/command-registry';
import { BookingPanel } from '../features/booking/components/booking-panel';
import { CallBar } from '../features/call/components/call-bar';
import { CallerPanel } from '../features/caller/components/caller-panel';
import { CommandPalette } from '../features/command-palette/components/command-palette';
import { ConnectionBanner } from '../features/connection/components/connection-banner';
import { ConsulatePanel } from '../features/consulate/components/consulate-panel';
import { ProcedurePanel } from '../features/procedure/components/procedure-panel';
import { SlotGridPanel } from '../features/slots/components/slot-grid-panel';
import { useT } from '../i18n/use-t';
import { useRealtimeSync } from '../realtime/use-realtime-sync';
import { useConsole } from '../stores/console-store-context';
import { AppHeader } from './app-header';
import { actionShortcuts, panelShortcuts } from '../commands/keymap';

/**
 * The operator's one screen: caller, service, consulate and slots side by side, the booking on the
 * right, the call bar on top. Every step has a shortcut; focus moves to the next step by itself.
 */
export function ConsoleScreen() {
  const t = useT();
  const focusPanel = useConsole((s) => s.focusPanel);
  const toggleLocale = useConsole((s) => s.toggleLocale);
  const locale = useConsole((s) => s.locale);
  useRealtimeSync();
  useShortcutListener();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useCommand({ id: 'panel.caller', label: 'app.panel.caller', shortcut: panelShortcuts.caller, run: () => focusPanel('caller') });
  useCommand({ id: 'panel.procedure', label: 'app.panel.procedure', shortcut: panelShortcuts.procedure, run: () => focusPanel('procedure') });
  useCommand({ id: 'panel.consulate', label: 'app.panel.consulate', shortcut: panelShortcuts.consulate, run: () => focusPanel('consulate') });
  useCommand({ id: 'panel.slots', label: 'app.panel.slots', shortcut: panelShortcuts.slots, run: () => focusPanel('slots') });
  useCommand({ id: 'panel.booking', label: 'app.panel.booking', shortcut: panelShortcuts.booking, run: () => focusPanel('booking') });
  useCommand({ id: 'app.language', label: 'app.language.switchLabel', shortcut: actionShortcuts.language, run: toggleLocale });

  return (
    <div className="console">
      <a className="skip-link" href="#console-main">
        {t('app.skipToMain')}
      </a>
      <AppHeader>
        <CallBar />
      </AppHeader>
      <ConnectionBanner />
      <main id="console-main" className="console__grid" tabIndex={-1}>
        <div className="console__column console__column--left">
          <CallerPanel />
          <ProcedurePanel />
        </div>
        <div className="console__column console__column--center">
          <ConsulatePanel />
          <SlotGridPanel />
        </div>
        <div className="console__column console__column--right">
          <BookingPanel />
        </div>
      </main>
      <CommandPalette />
    </div>
  );
}
