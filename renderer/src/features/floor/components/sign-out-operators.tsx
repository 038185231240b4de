import { useRef, useState } from 'react';
import type { FloorOperator } from '../../../../../shared/api/floor/floor';
import { ModalDialog } from '../../../components/modal-dialog';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useSignOutOperators } from '../hooks/use-sign-out-operators';

type Props = {
  /** The floor's operators (for the names the confirmation shows). */
  operators: readonly Pick<FloorOperator, 'userId' | 'displayName'>[];
  /** The rows selected on the floor: whom "Sign out" ends the sessions of. */
  selectedIds: readonly string[];
};

/**
 * The lead's "Sign out" for the selected operators' rows: asks first (Cancel has the focus: signing
 * out cannot be undone), then ends every session of theirs, and says how it went.
 */
export function SignOutOperators({ operators, selectedIds }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const signOut = useSignOutOperators();
  const [confirming, setConfirming] = useState<readonly string[] | null>(null);
  const [outcome, setOutcome] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const nameOf = (userId: string) => operators.find((o) => o.userId === userId)?.displayName ?? userId;

  const open = () => {
    setOutcome(null);
    setConfirming([...selectedIds]);
  };
  const confirm = () => {
    if (!confirming) return;
    const userIds = confirming;
    signOut.mutate(userIds, {
      onSuccess: ({ signedOut, failures }) => {
        setConfirming(null);
        setOutcome(
          failures.length
            ? {
                kind: 'error',
                text: t('floor.signOut.failed', { count: failures.length, reason: errorText(failures[0]) }),
              }
            : {
                kind: 'done',
                text: t('floor.signOut.done', {
                  count: signedOut.length,
                  name: nameOf(signedOut[0]?.userId ?? ''),
                }),
              },
        );
      },
    });
  };

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={selectedIds.length === 0 || signOut.isPending}
        onClick={open}
        aria-label={t('floor.signOut.actionName')}
      >
        {t('floor.signOut.action')}
      </button>
      <span role="status" className={outcome?.kind === 'error' ? 'floor-board__outcome--error' : undefined}>
        {outcome?.text ?? ''}
      </span>
      {confirming ? (
        <ModalDialog
          role="alertdialog"
          title={t('floor.signOut.title', { count: confirming.length, name: nameOf(confirming[0] ?? '') })}
          describedBy="body"
          initialFocus={cancelRef}
          busy={signOut.isPending}
          onCancel={() => setConfirming(null)}
          footer={
            <>
              <button
                ref={cancelRef}
                type="button"
                className="button button--secondary"
                onClick={() => setConfirming(null)}
                disabled={signOut.isPending}
              >
                {t('floor.signOut.cancel')}
              </button>
              <button
                type="button"
                className="button button--danger"
                onClick={confirm}
                aria-disabled={signOut.isPending}
              >
                {signOut.isPending ? t('floor.signOut.sending') : t('floor.signOut.confirm')}
              </button>
            </>
          }
          keys={t('floor.signOut.keys')}
        >
          <p>{t('floor.signOut.body')}</p>
        </ModalDialog>
      ) : null}
    </>
  );
}
