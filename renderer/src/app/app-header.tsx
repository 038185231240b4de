import type { ReactNode } from 'react';
import { actionShortcuts } from '../commands/keymap';
import { Kbd } from '../components/kbd';
import { useT } from '../i18n/use-t';
import { useSignOut } from '../features/auth/hooks/use-sign-out';
import { ConnectionIndicator } from '../features/connection/components/connection-banner';
import { PracticeToggle } from '../features/practice/components/practice-toggle';
import { useConsole } from '../stores/console-store-context';

/** Top bar: the call on the line (children), the live-channel state, who is signed in, language. */
export function AppHeader({ children }: { children: ReactNode }) {
  const t = useT();
  const signOut = useSignOut();
  const user = useConsole((s) => s.user);
  const toggleLocale = useConsole((s) => s.toggleLocale);
  const onCall = useConsole((s) => s.call !== null);
  // The button names the other language in that language ("English" / "Español"): its visible text is its name.
  const otherLocale = useConsole((s) => (s.locale === 'en' ? 'es-MX' : 'en'));

  return (
    <header className={onCall ? 'app-header app-header--on-call' : 'app-header'}>
      <div className="app-header__brand">
        <span className="app-header__logo" aria-hidden="true" />
        <span className="app-header__name">{t('app.name')}</span>
      </div>
      <div className="app-header__call">{children}</div>
      <div className="app-header__tools">
        <ConnectionIndicator />
        <PracticeToggle />
        {user ? (
          <span className="app-header__user">
            {t('app.signedInAs', { name: user.displayName, role: t(`app.role.${user.role}`) })}
          </span>
        ) : null}
        <button
          type="button"
          className="button button--ghost"
          onClick={toggleLocale}
          lang={otherLocale}
          title={t('app.language.switchLabel')}
          aria-keyshortcuts={actionShortcuts.language}
        >
          {t('app.language.switch')} <Kbd shortcut={actionShortcuts.language} />
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={() => signOut.mutate()}
          disabled={onCall}
        >
          {t('app.signOut')}
        </button>
      </div>
    </header>
  );
}
