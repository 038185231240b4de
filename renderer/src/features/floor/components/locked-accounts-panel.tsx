import { useRef, useState } from 'react';
import type { LockedAccount, Role } from '../../../../../shared/api/auth';
import { CALL_CENTER_TIME_ZONE } from '../../../../../shared/domain/floor/call-center';
import { Panel } from '../../../components/panel';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { inPractice } from '../../../stores/slices/practice-slice';
import { useLockedAccounts } from '../hooks/use-locked-accounts';
import './locked-accounts.css';

/** When a lock happened, in the call center's time: "5 dic, 10:32". */
const lockedWhen = (instant: string, locale: string) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: CALL_CENTER_TIME_ZONE,
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(instant));

/**
 * Accounts locked after too many failed sign-ins (at least 100 an hour), each with Unlock for the
 * roles that may lift it: a lead any account but an administrator's, an administrator any. Shown
 * to `roles` only (leads on the floor, administrators on their screen), never in practice mode.
 * `onlyWhenAny`: takes no room while no account is locked (the top of a lead's crowded floor).
 */
export function LockedAccountsPanel({
  roles = ['lead', 'admin'],
  onlyWhenAny = false,
}: {
  roles?: readonly Role[];
  onlyWhenAny?: boolean;
}) {
  const role = useConsole((s) => (inPractice(s) ? null : (s.user?.role ?? null)));
  if (!role || !roles.includes(role)) return null;
  return <LockedAccountsList role={role} onlyWhenAny={onlyWhenAny} />;
}

function LockedAccountsList({ role, onlyWhenAny }: { role: Role; onlyWhenAny: boolean }) {
  const t = useT();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const { accounts, unlock } = useLockedAccounts();
  const [done, setDone] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const onUnlock = (account: LockedAccount) => {
    setDone(null);
    unlock.mutate(account, {
      onSuccess: () => {
        setDone(t('floor.locked.unlocked', { name: account.displayName }));
        // The button is gone with its row: focus goes to the sentence that says what happened.
        statusRef.current?.focus();
      },
    });
  };

  const items = accounts.data;
  // Kept while an unlock's sentence is shown, so its focus and announcement are not torn away.
  if (onlyWhenAny && (!items || items.length === 0) && !done && !unlock.isError) return null;
  return (
    <Panel title={t('floor.locked.title')} className="locked-accounts-panel">
      <p className="locked-accounts__status" role="status" tabIndex={-1} ref={statusRef}>
        {done}
      </p>
      {unlock.isError ? (
        <p role="alert" className="alert alert--error">
          {t('floor.locked.unlockFailed', { reason: errorText(unlock.error) })}
        </p>
      ) : null}
      {items ? (
        items.length === 0 ? (
          <p className="empty-state">{t('floor.locked.none')}</p>
        ) : (
          <ul className="locked-accounts" aria-label={t('floor.locked.title')}>
            {items.map((account) => (
              <li key={account.userId} className="locked-accounts__item">
                <span className="locked-accounts__who">
                  <strong>{account.displayName}</strong> ({account.username}) ·{' '}
                  {t(`app.role.${account.role}`)}
                </span>
                <span className="locked-accounts__when">
                  {t('floor.locked.since', {
                    when: lockedWhen(account.lockedAt, locale),
                    failures: account.failures,
                  })}
                </span>
                {account.unlockableBy.includes(role) ? (
                  <button
                    type="button"
                    className="button"
                    disabled={unlock.isPending}
                    aria-label={t('floor.locked.unlockWho', { name: account.displayName })}
                    onClick={() => onUnlock(account)}
                  >
                    {t('floor.locked.unlock')}
                  </button>
                ) : (
                  <span className="locked-accounts__note">{t('floor.locked.adminOnly')}</span>
                )}
              </li>
            ))}
          </ul>
        )
      ) : accounts.isError ? (
        <p role="alert" className="alert alert--error">
          {t('floor.locked.failed', { reason: errorText(accounts.error) })}
        </p>
      ) : (
        <p className="empty-state">{t('floor.locked.loading')}</p>
      )}
    </Panel>
  );
}
