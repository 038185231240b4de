import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { useApi } from '../../../api/api-client-context';
import { proceduresQuery } from '../../../api/reference';
import { panelShortcuts } from '../../../commands/keymap';
import { Panel } from '../../../components/panel';
import { languageOf } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { localToday } from '../../../lib/age';
import { useErrorText } from '../../../lib/use-error-text';
import { useFocusRequest } from '../../../lib/use-focus-request';
import { useConsole, useConsoleStore } from '../../../stores/console-store-context';
import { MINOR_PASSPORT_ID, minorOnAdultPassport } from '../minor-rule';
import { MinorWarning } from './minor-warning';
import { ProcedureDetails } from './procedure-details';
import { ProcedureList } from './procedure-list';
import './procedure-panel.css';

/**
 * Step 2 of a call: which service. Picking one moves on to the consulate (or straight to the
 * slots when the consulate is known already), unless the caller is a minor on an adult passport.
 */
export function ProcedurePanel() {
  const t = useT();
  const api = useApi();
  const store = useConsoleStore();
  const errorText = useErrorText();
  const lang = languageOf(useConsole((s) => s.locale));
  const applicant = useConsole((s) => s.applicant);
  const procedureId = useConsole((s) => s.procedureId);
  // The list, or the hint that stands in for it until the caller is known: Alt+2 always lands somewhere.
  const focusRef = useRef<HTMLElement | null>(null);
  useFocusRequest('procedure', focusRef);
  const switchRef = useRef<HTMLButtonElement>(null);
  const { data: procedures = [], isPending, error } = useQuery(proceduresQuery(api));

  const names = useMemo(() => procedures.map((p) => p.name[lang]), [procedures, lang]);
  const selected = procedures.find((p) => p.id === procedureId) ?? null;
  const nameOf = (id: string | null) => (id ? (procedures.find((p) => p.id === id)?.name[lang] ?? id) : null);
  const today = localToday();
  const minorAge = minorOnAdultPassport(procedureId, applicant?.birthDate, today);

  const pick = (id: string) => {
    const state = store.getState();
    state.selectProcedure(id);
    // The wrong passport for a minor: stay here, on the switch, until the operator decides.
    if (minorOnAdultPassport(id, state.applicant?.birthDate, today) !== null) {
      requestAnimationFrame(() => switchRef.current?.focus());
      return;
    }
    state.focusPanel(state.consulateId ? 'slots' : 'consulate');
  };

  return (
    <Panel title={t('app.panel.procedure')} shortcut={panelShortcuts.procedure} className="procedure-panel">
      {!applicant ? (
        <p ref={(el) => void (focusRef.current = el)} tabIndex={-1} className="procedure-panel__waiting">
          {t('procedure.noCaller')}
        </p>
      ) : isPending ? (
        <p className="empty-state" role="status">
          {t('procedure.loading')}
        </p>
      ) : error ? (
        <p className="alert alert--error" role="alert">
          {t('procedure.loadError', { error: errorText(error) })}
        </p>
      ) : (
        <>
          <ProcedureList procedures={procedures} names={names} selectedId={procedureId} focusRef={focusRef} onPick={pick} />
          {minorAge !== null ? (
            <MinorWarning
              age={minorAge}
              minorName={nameOf(MINOR_PASSPORT_ID) ?? MINOR_PASSPORT_ID}
              buttonRef={switchRef}
              onSwitch={() => pick(MINOR_PASSPORT_ID)}
            />
          ) : null}
          {selected ? <ProcedureDetails procedure={selected} lang={lang} prerequisiteName={nameOf(selected.requiresProcedureId)} /> : null}
        </>
      )}
    </Panel>
  );
}
