import { CapacityView } from '../features/capacity/components/capacity-view';
import { DayFiguresPanel } from '../features/day-figures/components/day-figures-panel';
import { FloorView } from '../features/floor/components/floor-view';
import { LockedAccountsPanel } from '../features/floor/components/locked-accounts-panel';
import { PracticeResultsView } from '../features/practice/components/practice-results-view';
import { QueueLoadPanel } from '../features/queues/components/queue-load-panel';
import { ShiftsView } from '../features/shifts/components/shifts-view';
import { MessagesView } from '../features/messages/components/messages-view';
import { WaitlistView } from '../features/waitlist/components/waitlist-view';
import type { LeadView } from '../commands/keymap';

/**
 * A lead's views other than calls. Each is mounted only while shown: the floor joins its live room
 * on mount and leaves it on unmount, so a lead taking calls costs the server nothing.
 */
export function LeadWorkspace({ view }: { view: Exclude<LeadView, 'calls'> }) {
  switch (view) {
    case 'floor':
      return (
        <div className="lead-workspace lead-workspace--floor">
          <div className="console__column lead-workspace__main">
            <FloorView />
          </div>
          <div className="console__column lead-workspace__side">
            <LockedAccountsPanel onlyWhenAny />
            <QueueLoadPanel />
            <DayFiguresPanel />
          </div>
        </div>
      );
    case 'capacity':
      return (
        <div className="lead-workspace">
          <CapacityView />
        </div>
      );
    case 'shifts':
      return (
        <div className="lead-workspace">
          <ShiftsView />
        </div>
      );
    case 'practice':
      return (
        <div className="lead-workspace">
          <PracticeResultsView />
        </div>
      );
    case 'waitlist':
      return (
        <div className="lead-workspace">
          <WaitlistView />
        </div>
      );
    case 'messages':
      return (
        <div className="lead-workspace">
          <MessagesView />
        </div>
      );
  }
}
