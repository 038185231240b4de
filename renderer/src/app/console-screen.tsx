import { useEffect } from 'react';
import { useCommand, useShortcutListener } from '../commands/command-registry';
import { BookingPanel } from '../features/booking/components/booking-panel';
import { CallBar } from '../features/calls/components/call-bar';
import { CallLineFacts } from '../features/calls/components/call-line-facts';
import { IncomingCallBanner } from '../features/calls/components/incoming-call-banner';
import { CallerPanel } from '../features/applicants/components/caller-panel';
import { CommandPalette } from '../features/command-palette/components/command-palette';
import { LockedAccountsPanel } from '../features/floor/components/locked-accounts-panel';
import { ConnectionBanner } from '../features/connection/components/connection-banner';
import { ConsulatePanel } from '../features/consulate/components/consulate-panel';
import { OperatorStatus } from '../features/operator-status/components/operator-status';
import { PracticeBand } from '../features/practice/components/practice-band';
import { PracticePanel } from '../features/practice/components/practice-panel';
import { StatusNotices } from '../features/operator-status/components/status-notices';
import { ProcedurePanel } from '../features/procedure/components/procedure-panel';
import { SlotGridPanel } from '../features/slots/components/slot-grid-panel';
import { ApplicantWaitlist } from '../features/waitlist/components/applicant-waitlist';
import { ApplicantReads } from '../features/record-reads/components/applicant-reads';
import { PersonalDataActions } from '../features/personal-data/components/personal-data-actions';
import { WaitlistEntryPoint } from '../features/waitlist/components/waitlist-entry-point';
import { useT } from '../i18n/use-t';
import { useCallSync } from '../realtime/use-call-sync';
import { useRealtimeSync } from '../realtime/use-realtime-sync';
import { useStatusSync } from '../realtime/use-status-sync';
import { useConsole } from '../stores/console-store-context';
import { inPractice } from '../stores/slices/practice-slice';
import { AppHeader } from './app-header';
import { LeadViewNav } from './lead-view-nav';
import { LeadWorkspace } from './lead-workspace';
import { actionShortcuts, panelShortcuts } from '../commands/keymap';

/**
 * The operator's one screen: caller, service, consulate and slots side by side, the booking on the
 * right, the call bar on top. Every step has a shortcut; focus moves to the next step by itself.
 */
export function ConsoleScreen() {
  const t = useT();
  const focusPanelOfCall = useConsole((s) => s.focusPanel);
  const showView = useConsole((s) => s.showView);
  const onCall = useConsole((s) => s.call !== null);
  const toggleLocale = useConsole((s) => s.toggleLocale);
  const locale = useConsole((s) => s.locale);
  // A lead's floor, capacity and shifts are live: in practice mode the lead has only the call panels.
  const isLead = useConsole((s) => s.user?.role === 'lead' && !inPractice(s));
  // Only a lead has views besides calls.
  const view = useConsole((s) => (s.user?.role === 'lead' && !inPractice(s) ? s.view : 'calls'));
  const practice = useConsole(inPractice);
  useRealtimeSync();
  useStatusSync();
  useCallSync();
  useShortcutListener();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  // A call's panels come to the front when the phone rings, whatever view a lead was looking at.
  useEffect(() => {
    if (onCall) showView('calls');
  }, [onCall, showView]);
  const focusPanel = (panel: Parameters<typeof focusPanelOfCall>[0]) => {
    showView('calls');
    focusPanelOfCall(panel);
  };

  useCommand({
    id: 'panel.caller',
    label: 'app.panel.caller',
    shortcut: panelShortcuts.caller,
    run: () => focusPanel('caller'),
  });
  useCommand({
    id: 'panel.procedure',
    label: 'app.panel.procedure',
    shortcut: panelShortcuts.procedure,
    run: () => focusPanel('procedure'),
  });
  useCommand({
    id: 'panel.consulate',
    label: 'app.panel.consulate',
    shortcut: panelShortcuts.consulate,
    run: () => focusPanel('consulate'),
  });
  useCommand({
    id: 'panel.slots',
    label: 'app.panel.slots',
    shortcut: panelShortcuts.slots,
    run: () => focusPanel('slots'),
  });
  useCommand({
    id: 'panel.booking',
    label: 'app.panel.booking',
    shortcut: panelShortcuts.booking,
    run: () => focusPanel('booking'),
  });
  useCommand({
    id: 'app.language',
    label: 'app.language.switchLabel',
    shortcut: actionShortcuts.language,
    run: toggleLocale,
  });

  return (
    <div className="console">
      <a className="skip-link" href="#console-main">
        {t('app.skipToMain')}
      </a>
      <PracticeBand />
      <AppHeader>
        <CallBar />
      </AppHeader>
      {/* One row of the console's grid: the operator's own state and queue, the live-channel banner, what a lead changed. */}
      <div>
        {isLead ? <LeadViewNav /> : null}
        <div className="console__status-line">
          <OperatorStatus />
          <CallLineFacts />
        </div>
        <IncomingCallBanner />
        <ConnectionBanner />
        <StatusNotices />
      </div>
      <main id="console-main" className="console__main" tabIndex={-1}>
        {/* The call panels stay mounted while a lead looks at another view: a call in progress keeps its state. */}
        <div className="console__grid" hidden={view !== 'calls'}>
          <div className="console__column console__column--left">
            <CallerPanel
              applicantExtras={(applicant) => (
                <>
                  <ApplicantWaitlist applicantId={applicant.id} />
                  {/* Leads and admins: who looked at this person (Alt+Shift+C). */}
                  <ApplicantReads applicant={applicant} />
                  {/* Administrators: export everything held about the person, or erase them on request. */}
                  <PersonalDataActions applicant={applicant} />
                </>
              )}
            />
            <ProcedurePanel />
          </div>
          <div className="console__column console__column--center">
            <ConsulatePanel />
            <SlotGridPanel noSuitableSeat={<WaitlistEntryPoint />} />
          </div>
          {/* In practice the booking comes first, whole (the countdown, Confirm and the read-back in view),
              and the scripted caller below it takes the height left, scrolling by itself. */}
          <div
            className={`console__column console__column--right${practice ? ' console__column--practice' : ''}`}
          >
            <BookingPanel />
            {practice ? <PracticePanel /> : null}
            {/* An administrator takes no calls: their screen is where they find the locked accounts. */}
            <LockedAccountsPanel roles={['admin']} />
          </div>
        </div>
        {view !== 'calls' ? <LeadWorkspace view={view} /> : null}
      </main>
      <CommandPalette />
    </div>
  );
}
