import { useState } from 'react';
import { useCommand } from '../../../commands/command-registry';
import { actionShortcuts } from '../../../commands/keymap';
import { Kbd } from '../../../components/kbd';
import { useT } from '../../../i18n/use-t';

/** Desktop shell only: prints (or saves) the confirmation through the preload's verb. */
export function PrintConfirmation({ code }: { code: string }) {
  const t = useT();
  const [status, setStatus] = useState<string | null>(null);

  const print = async () => {
    const desktop = window.miconsulado;
    if (!desktop) return;
    try {
      const result = await desktop.printConfirmation({ confirmationCode: code });
      setStatus(
        result.saved
          ? result.path
            ? t('booking.print.saved', { path: result.path })
            : t('booking.print.sent')
          : null,
      );
    } catch {
      setStatus(t('booking.print.failed'));
    }
  };
  useCommand({
    id: 'booking.print',
    label: 'booking.print',
    shortcut: actionShortcuts.printConfirmation,
    run: () => void print(),
  });

  return (
    <div className="booking-print">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void print()}
        aria-keyshortcuts={actionShortcuts.printConfirmation}
      >
        {t('booking.print')} <Kbd shortcut={actionShortcuts.printConfirmation} />
      </button>
      <p className="booking-status" role="status">
        {status ?? ''}
      </p>
    </div>
  );
}
