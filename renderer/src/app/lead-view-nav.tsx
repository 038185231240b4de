import { useCommand } from '../commands/command-registry';
import { viewShortcuts, type LeadView } from '../commands/keymap';
import { Kbd } from '../components/kbd';
import { useT } from '../i18n/use-t';
import { useConsole } from '../stores/console-store-context';
import { focusViewHeading } from './focus-view-heading';

const views = Object.keys(viewShortcuts) as LeadView[];

/**
 * A lead's console has seven views: calls (the operator's screen), the floor, capacity, shifts,
 * trainees' practice results, the waitlists and the messages to applicants. Alt+6…9, Alt+0,
 * Alt+Shift+6 and Alt+Shift+7 switch between them from anywhere and move the focus
 * to the view's heading; the current one is marked for assistive technology.
 */
export function LeadViewNav() {
  const t = useT();
  const current = useConsole((s) => s.view);
  const show = useConsole((s) => s.showView);
  const showView = (view: LeadView) => {
    show(view);
    focusViewHeading(() => document.getElementById('console-main'));
  };
  useCommand({
    id: 'view.calls',
    label: 'app.view.calls',
    shortcut: viewShortcuts.calls,
    run: () => showView('calls'),
  });
  useCommand({
    id: 'view.floor',
    label: 'app.view.floor',
    shortcut: viewShortcuts.floor,
    run: () => showView('floor'),
  });
  useCommand({
    id: 'view.capacity',
    label: 'app.view.capacity',
    shortcut: viewShortcuts.capacity,
    run: () => showView('capacity'),
  });
  useCommand({
    id: 'view.shifts',
    label: 'app.view.shifts',
    shortcut: viewShortcuts.shifts,
    run: () => showView('shifts'),
  });
  useCommand({
    id: 'view.practice',
    label: 'app.view.practice',
    shortcut: viewShortcuts.practice,
    run: () => showView('practice'),
  });
  useCommand({
    id: 'view.waitlist',
    label: 'app.view.waitlist',
    shortcut: viewShortcuts.waitlist,
    run: () => showView('waitlist'),
  });
  useCommand({
    id: 'view.messages',
    label: 'app.view.messages',
    shortcut: viewShortcuts.messages,
    run: () => showView('messages'),
  });
  return (
    <nav className="lead-views" aria-label={t('app.views')}>
      {views.map((view) => (
        <button
          key={view}
          type="button"
          className="lead-views__item"
          aria-current={view === current ? 'page' : undefined}
          aria-keyshortcuts={viewShortcuts[view]}
          onClick={() => showView(view)}
        >
          {t(`app.view.${view}`)} <Kbd shortcut={viewShortcuts[view]} />
        </button>
      ))}
    </nav>
  );
}
