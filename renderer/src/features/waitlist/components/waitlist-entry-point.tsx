import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { WaitlistEntry } from '../../../../../shared/api/waitlist';
import { useApi } from '../../../api/api-client-context';
import { consulatesQuery, proceduresQuery } from '../../../api/reference';
import { useCommand } from '../../../commands/command-registry';
import { actionShortcuts } from '../../../commands/keymap';
import { Kbd } from '../../../components/kbd';
import { useT } from '../../../i18n/use-t';
import { fullName } from '../../../lib/full-name';
import { useConsole } from '../../../stores/console-store-context';
import { WaitlistForm } from './waitlist-form';
import './waitlist.css';

/**
 * Under the slot grid: when no time suits the caller, "Poner en lista de espera" (Alt+Y, also in the
 * command palette) opens the waitlist form for the caller and service on screen. What came of it is
 * said in a polite live region; an entry offered a seat at once shows in the caller's record.
 */
export function WaitlistEntryPoint() {
  const t = useT();
  const api = useApi();
  const applicant = useConsole((s) => s.applicant);
  const procedureId = useConsole((s) => s.procedureId);
  const consulateId = useConsole((s) => s.consulateId);
  const holding = useConsole((s) => s.hold !== null);
  const procedures = useQuery(proceduresQuery(api));
  const consulates = useQuery(consulatesQuery(api));
  const procedure = procedures.data?.find((p) => p.id === procedureId) ?? null;
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<{ applicantId: string; entry: WaitlistEntry } | null>(null);
  const ready = applicant !== null && procedure !== null && consulates.data !== undefined && !holding;

  useCommand({
    id: 'waitlist.open',
    label: 'waitlist.open',
    shortcut: actionShortcuts.waitlist,
    enabled: ready,
    run: () => setOpen(true),
  });

  if (!applicant || !procedureId || holding) return null;
  const shown = result && result.applicantId === applicant.id ? result.entry : null;

  return (
    <div className="waitlist-entry-point">
      <p className="waitlist-entry-point__hint">{t('waitlist.open.hint')}</p>
      <button
        type="button"
        className="button button--secondary"
        disabled={!ready}
        aria-keyshortcuts={actionShortcuts.waitlist}
        onClick={() => setOpen(true)}
      >
        {t('waitlist.open')} <Kbd shortcut={actionShortcuts.waitlist} />
      </button>
      <p className="waitlist-entry-point__result" role="status" aria-live="polite">
        {shown ? t('waitlist.created', { name: fullName(applicant) }) : ''}
      </p>
      {open && procedure && consulates.data ? (
        <WaitlistForm
          applicant={applicant}
          procedure={procedure}
          consulates={consulates.data}
          initialConsulateId={consulateId}
          onCancel={() => setOpen(false)}
          onDone={(entry) => {
            setOpen(false);
            setResult({ applicantId: applicant.id, entry });
          }}
        />
      ) : null}
    </div>
  );
}
