import { actionShortcuts } from '../../../commands/keymap';
import { shortcutLabel } from '../../../commands/shortcut';
import { useT } from '../../../i18n/use-t';
import { useMyStatus } from '../hooks/use-my-status';

/** When a shift lead put the operator on break or offline: who did, and how to come back. */
export function LeadStateNote() {
  const t = useT();
  const status = useMyStatus().data;
  const byLead =
    status?.reason === 'lead' && (status.state === 'break' || status.state === 'offline')
      ? status.state
      : null;
  return (
    <div role="status" className={byLead ? 'lead-state-note is-shown' : 'lead-state-note'}>
      {byLead
        ? t(`operatorStatus.byLead.${byLead}`, { shortcut: shortcutLabel(actionShortcuts.takeBreak) })
        : null}
    </div>
  );
}
