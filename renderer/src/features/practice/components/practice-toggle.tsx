import { useCommand } from '../../../commands/command-registry';
import { actionShortcuts } from '../../../commands/keymap';
import { Kbd } from '../../../components/kbd';
import { useT } from '../../../i18n/use-t';
import { usePracticeMode } from '../hooks/use-practice-mode';

/** Operators and leads enter and leave practice here (Alt+Shift+P); never during a call. */
export function PracticeToggle() {
  const t = useT();
  const mode = usePracticeMode();
  useCommand({
    id: 'practice.mode',
    label: 'practice.mode.toggle',
    shortcut: actionShortcuts.practiceMode,
    enabled: mode.canSwitch,
    run: mode.toggle,
  });
  if (!mode.switchable) return null;
  return (
    <button
      type="button"
      className={
        mode.on ? 'button practice-toggle practice-toggle--on' : 'button button--ghost practice-toggle'
      }
      onClick={mode.toggle}
      disabled={!mode.canSwitch}
      title={mode.canSwitch ? undefined : t('practice.mode.duringCall')}
      aria-keyshortcuts={actionShortcuts.practiceMode}
    >
      {mode.on ? t('practice.mode.leave') : t('practice.mode.enter')}{' '}
      <Kbd shortcut={actionShortcuts.practiceMode} />
    </button>
  );
}
