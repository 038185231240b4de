import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-error';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { useSignIn } from '../hooks/use-sign-in';
import { SessionEndedNotice } from './session-ended-notice';
import './sign-in-screen.css';

const lockedAccount = (details: unknown) =>
  typeof details === 'object' &&
  details !== null &&
  (details as { reason?: unknown }).reason === 'account_locked';

/** The first screen of a shift: username, password, language. Nothing else competes for attention. */
export function SignInScreen() {
  const t = useT();
  const signIn = useSignIn();
  const errorText = useErrorText();
  const toggleLocale = useConsole((s) => s.toggleLocale);
  const locale = useConsole((s) => s.locale);
  const otherLocale = locale === 'en' ? 'es-MX' : 'en';
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const busy = signIn.isPending;
  // Too many failures: waiting helps at one computer, not for a locked account (a lead unlocks it).
  const refusalText = (refusal: unknown) =>
    isApiError(refusal) && refusal.code === 'rate_limited'
      ? t(lockedAccount(refusal.details) ? 'auth.locked' : 'auth.tooManyFailures')
      : errorText(refusal);
  const error = missing ? t('auth.missing') : signIn.isError ? refusalText(signIn.error) : null;
  const titleId = useId();
  const errorId = useId();

  useEffect(() => usernameRef.current?.focus(), []);
  // The page speaks the console's language (a reload may start it in English).
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!username.trim() || !password) {
      setMissing(true);
      (username.trim() ? passwordRef : usernameRef).current?.focus();
      return;
    }
    setMissing(false);
    signIn.mutate(
      { username: username.trim(), password },
      {
        onError: (failure) => {
          if (!isApiError(failure) || failure.code !== 'invalid_credentials') return;
          setPassword('');
          passwordRef.current?.focus();
        },
      },
    );
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
          <button
            type="button"
            className="button button--ghost"
            onClick={toggleLocale}
            lang={otherLocale}
            title={t('app.language.switchLabel')}
          >
            {t('app.language.switch')}
          </button>
        </div>
        <form className="sign-in__form" onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
          <h1 id={titleId} className="sign-in__title">
            {t('auth.title')}
          </h1>
          <p className="sign-in__intro">{t('auth.intro')}</p>
          <SessionEndedNotice />
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
