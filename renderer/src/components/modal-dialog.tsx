import {
  useId,
  useLayoutEffect,
  useRef,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
import { useFocusTrap } from '../lib/use-focus-trap';
import './modal-dialog.css';

type Props = {
  /** `alertdialog` for an action that cannot be undone. */
  role?: 'dialog' | 'alertdialog';
  /** The dialog's accessible name. */
  title: ReactNode;
  /** The body: a message, or the fields of a form dialog (radio groups: `modal-dialog__choices`, `modal-dialog__choice`). */
  children: ReactNode;
  /** Why the last attempt failed, shown under the body as an alert. */
  error?: ReactNode;
  /** The buttons, Cancel first. */
  footer: ReactNode;
  /** The keys that work here, one line under the buttons. */
  keys: ReactNode;
  /** What screen readers read after the name: the body when it is a message, the key hint when it is a form. */
  describedBy?: 'body' | 'keys';
  /** Where focus starts: an element, or a selector inside the dialog; else the first control. */
  initialFocus?: RefObject<HTMLElement | null> | string;
  /** While busy, Escape and Enter do nothing: nothing is sent twice nor left half-done. */
  busy: boolean;
  onCancel: () => void;
  /** Makes the body a form: its submit button, or Enter in any field or on a choice, submits. */
  onSubmit?: () => void;
  /** An extra class on the dialog box (its width, say). */
  className?: string;
};

/**
 * A modal over the console: Tab stays inside, Escape cancels, focus starts where the caller says and
 * goes back where it was when the dialog closes (unless the caller has moved it already).
 */
export function ModalDialog({
  role = 'dialog',
  title,
  children,
  error,
  footer,
  keys,
  describedBy = 'keys',
  initialFocus,
  busy,
  onCancel,
  onSubmit,
  className,
}: Props) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const trapFocus = useFocusTrap(dialogRef);
  const titleId = useId();
  const bodyId = useId();
  const keysId = useId();

  // A layout effect: its cleanup runs while the dialog is still in the page, so it can tell whether
  // focus is still inside it.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    initialTarget(dialog, initialFocus)?.focus();
    return () => {
      const active = document.activeElement;
      const focusInside = active === null || active === document.body || (dialog?.contains(active) ?? false);
      if (focusInside && opener?.isConnected) opener.focus();
    };
  }, [initialFocus]);

  const submit = () => {
    if (onSubmit && !busy) onSubmit();
  };
  const onFormSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (!busy) onCancel();
    } else if (onSubmit && event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      // Enter on a choice or in a field submits; on a button it presses that button.
      event.preventDefault();
      submit();
    } else {
      trapFocus(event);
    }
  };

  const content = (
    <>
      <div id={bodyId} className="modal-dialog__body">
        {children}
      </div>
      {error ? (
        <div role="alert" className="alert alert--error">
          {error}
        </div>
      ) : null}
      <div className="modal-dialog__actions">{footer}</div>
      <p id={keysId} className="modal-dialog__keys">
        {keys}
      </p>
    </>
  );

  return createPortal(
    <div className="modal-dialog__backdrop">
      <div
        ref={dialogRef}
        className={className ? `modal-dialog ${className}` : 'modal-dialog'}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy === 'body' ? bodyId : keysId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="modal-dialog__title">
          {title}
        </h2>
        {onSubmit ? (
          <form className="modal-dialog__content" onSubmit={onFormSubmit}>
            {content}
          </form>
        ) : (
          <div className="modal-dialog__content">{content}</div>
        )}
      </div>
    </div>,
    document.body,
  );
}

const FIRST_CONTROL =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

function initialTarget(dialog: HTMLElement | null, initialFocus: Props['initialFocus']): HTMLElement | null {
  if (!dialog) return null;
  const chosen =
    typeof initialFocus === 'string'
      ? dialog.querySelector<HTMLElement>(initialFocus)
      : initialFocus?.current;
  return chosen ?? dialog.querySelector<HTMLElement>(FIRST_CONTROL);
}
