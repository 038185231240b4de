import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { Applicant } from '../../../../../shared/api/applicants';
import { useCommand } from '../../../commands/command-registry';
import { actionShortcuts, panelShortcuts } from '../../../commands/keymap';
import { Kbd } from '../../../components/kbd';
import { Panel } from '../../../components/panel';
import { useT } from '../../../i18n/use-t';
import { useFocusRequest } from '../../../lib/use-focus-request';
import { useConsole, useConsoleStore } from '../../../stores/console-store-context';
import { ApplicantCard } from './applicant-card';
import { ApplicantSearch } from './applicant-search';
import { AppointmentsList } from './appointments-list';
import { RegisterApplicantForm } from './register-applicant-form';
import './caller-panel.css';

/**
 * Who is calling: find them by CURP, phone or name (or register them), confirm it is them, and
 * see the appointments they may be calling about. Picking the caller moves on to the service.
 */
export function CallerPanel({
  applicantExtras,
}: {
  /** What the console shows about the picked caller beside their appointments (their waitlist entries). */
  applicantExtras?: (applicant: Applicant) => ReactNode;
} = {}) {
  const t = useT();
  const store = useConsoleStore();
  const applicant = useConsole((s) => s.applicant);
  const callId = useConsole((s) => s.call?.id ?? null);
  // The language of the routed call on the line: a new applicant's messages default to it.
  const callLanguage = useConsole((s) => (s.call && s.line ? s.line.language : null));
  // An answered call's screen pop: the applicants with the caller's number to choose from, or register it.
  const screenPop = useConsole((s) => (s.screenPop?.callId === s.call?.id ? s.screenPop : null));
  const [mode, setMode] = useState<'search' | 'register'>('search');
  const [text, setText] = useState('');
  const [seenCallId, setSeenCallId] = useState(callId);
  // The panel's primary control: the search, the CURP field while registering, or "change caller".
  const primaryRef = useFocusRequest<HTMLElement>('caller');
  const appointmentsRef = useRef<HTMLDivElement>(null);
  const setPrimary = useCallback(
    (el: HTMLElement | null) => {
      primaryRef.current = el;
    },
    [primaryRef],
  );

  // A new call starts from a clean search, or from its screen pop.
  if (seenCallId !== callId) {
    setSeenCallId(callId);
    setText(screenPop?.kind === 'choose' ? screenPop.number : '');
    setMode(screenPop?.kind === 'register' ? 'register' : 'search');
  }

  const pick = useCallback(
    (picked: Applicant) => {
      store.getState().selectApplicant(picked);
      setText('');
      setMode('search');
      store.getState().focusPanel('procedure');
    },
    [store],
  );

  const openRegister = () => {
    setMode('register');
    store.getState().focusPanel('caller');
  };
  const backToSearch = (searchText?: string) => {
    setMode('search');
    if (searchText !== undefined) {
      store.getState().selectApplicant(null);
      setText(searchText);
    }
    store.getState().focusPanel('caller');
  };
  const changeCaller = () => {
    store.getState().selectApplicant(null);
    store.getState().focusPanel('caller');
  };
  const focusAppointments = () => {
    const list = appointmentsRef.current;
    (list?.querySelector<HTMLElement>('button') ?? list)?.focus();
  };

  useCommand({
    id: 'caller.register',
    label: 'caller.register.open',
    shortcut: actionShortcuts.registerApplicant,
    run: openRegister,
  });
  useCommand({
    id: 'caller.appointments',
    label: 'caller.appointments.title',
    shortcut: actionShortcuts.appointments,
    enabled: applicant !== null && mode === 'search',
    run: focusAppointments,
  });

  const registerButton =
    mode === 'register' ? null : (
      <button
        type="button"
        className="button button--ghost caller-panel__register"
        onClick={openRegister}
        aria-keyshortcuts={actionShortcuts.registerApplicant}
      >
        {t('caller.register.short')} <Kbd shortcut={actionShortcuts.registerApplicant} />
      </button>
    );

  return (
    <Panel
      title={t('app.panel.caller')}
      shortcut={panelShortcuts.caller}
      className="caller-panel"
      actions={registerButton}
    >
      {mode === 'register' ? (
        <RegisterApplicantForm
          initialPhone={screenPop?.kind === 'register' ? screenPop.number : undefined}
          callLanguage={callLanguage}
          firstFieldRef={setPrimary}
          onRegistered={pick}
          onCancel={() => backToSearch()}
          onSearch={(q) => backToSearch(q)}
        />
      ) : applicant ? (
        <>
          <ApplicantCard applicant={applicant} onChange={changeCaller} changeRef={setPrimary} />
          {applicantExtras?.(applicant)}
          <AppointmentsList applicantId={applicant.id} listRef={appointmentsRef} />
        </>
      ) : (
        <ApplicantSearch
          text={text}
          onTextChange={setText}
          onPick={pick}
          onRegister={openRegister}
          inputRef={setPrimary}
        />
      )}
    </Panel>
  );
}
