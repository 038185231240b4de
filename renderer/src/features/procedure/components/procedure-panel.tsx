import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { useApi } from '../../../api/api-client-context';
import { proceduresQuery } from '../../../api/reference';
import { panelShortcuts } from '../../../commands/keymap';
import { Panel } from '../../../components/panel';
import { languageOf } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { localToday } from '../../../lib/age';
import { ineligibilityMark, ineligibilityText, nameIneligibility } from '../../../lib/eligibility-text';
import { useErrorText } from '../../../lib/use-error-text';
import { useFocusRequest } from '../../../lib/use-focus-request';
import { useConsole, useConsoleStore } from '../../../stores/console-store-context';
import { ineligibleProcedures } from '../eligibility-marks';
import { useEligibilityDate } from '../hooks/use-eligibility-date';
import { MINOR_PASSPORT_ID } from '../minor-rule';
import { IneligibleWarning } from './ineligible-warning';
import { ProcedureDetails } from './procedure-details';
import { ProcedureList } from './procedure-list';
import './procedure-panel.css';

/**
 * Step 2 of a call: which service. The services the caller cannot have on the date (their age then,
 * no CURP) are marked with what to choose instead. Picking one moves on to the consulate (or straight
 * to the slots when the consulate is known already), unless there is a right service to switch to.
 */
export function ProcedurePanel() {
  const t = useT();
  const api = useApi();
  const store = useConsoleStore();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const lang = languageOf(locale);
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
  const { date: onDate, isSlotDate } = useEligibilityDate();
  const today = localToday();
  const ineligible = useMemo(
    () => ineligibleProcedures(applicant, procedures, onDate),
    [applicant, procedures, onDate],
  );
  const marks = useMemo(
    () =>
      new Map(
        [...ineligible].map(([id, x]) => [
          id,
          ineligibilityMark(t, locale, nameIneligibility(x, procedures), today),
        ]),
      ),
    [ineligible, t, locale, procedures, today],
  );
  const refusal = procedureId ? (ineligible.get(procedureId) ?? null) : null;

  const pick = (id: string) => {
    const state = store.getState();
    state.selectProcedure(id);
    // A service they cannot have, with a right one to switch to: stay here, on the switch, until the operator decides.
    if (ineligible.get(id)?.suggestedProcedureId) {
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
          <ProcedureList
            procedures={procedures}
            names={names}
            marks={marks}
            selectedId={procedureId}
            focusRef={focusRef}
            onPick={pick}
          />
          {refusal ? (
            <IneligibleWarning
              text={ineligibilityText(t, locale, nameIneligibility(refusal, procedures), today)}
              isSlotDate={isSlotDate}
              suggestedName={nameOf(refusal.suggestedProcedureId)}
              minorPassport={refusal.suggestedProcedureId === MINOR_PASSPORT_ID}
              buttonRef={switchRef}
              onSwitch={() => refusal.suggestedProcedureId && pick(refusal.suggestedProcedureId)}
            />
          ) : null}
          {selected ? (
            <ProcedureDetails
              procedure={selected}
              lang={lang}
              prerequisiteName={nameOf(selected.requiresProcedureId)}
            />
          ) : null}
        </>
      )}
    </Panel>
  );
}
