import { LeadStateNote } from './lead-state-note';
import { ReassignmentNotice } from './reassignment-notice';

/** Under the header: what a shift lead changed for this operator (queue, break, offline). */
export function StatusNotices() {
  return (
    <div className="status-notices">
      <ReassignmentNotice />
      <LeadStateNote />
    </div>
  );
}
