import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../../api/api-client-context';
import { login } from '../../../api/auth';
import { useT } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-error';
import { tokenStorage } from '../../../lib/token-storage';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole, useConsoleStore } from '../../../stores/console-store-context';
import './sign-in-screen.css';

/** The first screen of a shift: username, password, language. Nothing else competes for attention. */
export function SignInScreen() {
  const t = useT();
  const api = useApi();
  const store = useConsoleStore();
  const errorText = useErrorText();
  const toggleLocale = useConsole((s) => s.toggleLocale);
  const otherLocale = useConsole((s) => (s.locale === 'en' ? 'es-MX' : 'en'));
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const errorId = useId();

  useEffect(() => usernameRef.current?.focus(), []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!username.trim() || !password) {
      setError(t('auth.missing'));
      (username.trim() ? passwordRef : usernameRef).current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const session = await login(api, { username: username.trim(), password });
      await tokenStorage().set(session.token);
      store.getState().signIn(session.token, session.user);
    } catch (failure) {
      setError(errorText(failure));
      if (isApiError(failure) && failure.code === 'invalid_credentials') {
        setPassword('');
        passwordRef.current?.focus();
      }
      setBusy(false);
    }
  };

  return (
    <main className="sign-in">
      <div className="sign-in__card">
        <div className="sign-in__top">
          <div className="sign-in__brand">
            <span className="app-header__logo" aria-hidden="true" />
            <div>
              <p className="sign-in__name">{t('app.name')}</p>
              <p className="sign-in__tagline">{t('app.tagline')}</p>
            </div>
          </div>
          <button type="button" className="button button--ghost" onClick={toggleLocale} lang={otherLocale} title={t('app.language.switchLabel')}>
            {t('app.language.switch')}
          </button>
        </div>
        <form className="sign-in__form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={titleId}>
          <h1 id={titleId} className="sign-in__title">
            {t('auth.title')}
          </h1>
          <p className="sign-in__intro">{t('auth.intro')}</p>
          <div className="field">
            <label htmlFor="sign-in-username">{t('auth.username')}</label>
            <input
              ref={usernameRef}
              id="sign-in-username"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              aria-describedby={error ? errorId : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="sign-in-password">{t('auth.password')}</label>
            <input
              ref={passwordRef}
              id="sign-in-password"
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-describedby={error ? errorId : undefined}
            />
          </div>
          <div id={errorId} role="alert" className={error ? 'alert alert--error' : undefined}>
            {error}
          </div>
          <button type="submit" className="button sign-in__submit" aria-disabled={busy}>
            {busy ? t('auth.submitting') : t('auth.submit')}
          </button>
        </form>
      </div>
    </main>
  );
}
