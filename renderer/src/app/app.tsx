import { SignInScreen } from '../features/auth/components/sign-in-screen';
import { useRestoreSession } from '../features/auth/hooks/use-restore-session';
import { useT } from '../i18n/use-t';
import { useConsole } from '../stores/console-store-context';
import { ConsoleScreen } from './console-screen';

/** Signed in: the console. Otherwise the sign-in screen (after trying the stored session). */
export function App() {
  const restoring = useRestoreSession();
  const signedIn = useConsole((s) => s.token !== null && s.user !== null);
  const t = useT();
  if (restoring)
    return (
      <p className="app-loading" role="status">
        {t('app.loading')}
      </p>
    );
  return signedIn ? <ConsoleScreen /> : <SignInScreen />;
}
