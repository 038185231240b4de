import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ModalDialog } from './modal-dialog';

// jsdom has no CSS.escape, which user-event needs to walk a radio group with the arrow keys.
beforeAll(() => {
  window.CSS ??= {} as typeof CSS;
  window.CSS.escape ??= (value: string) => value.replace(/["\\]/g, '\\$&');
});

/** A page with a button that opens a form dialog: a choice of colour, a note, Cancel and Send. */
function FormDialogPage({
  busy = false,
  error = null,
  focusElsewhereAfterSending = false,
}: {
  busy?: boolean;
  error?: string | null;
  focusElsewhereAfterSending?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [colour, setColour] = useState('green');
  const [sent, setSent] = useState<string | null>(null);
  const elsewhere = useRef<HTMLButtonElement>(null);
  const cancel = () => setOpen(false);
  const send = async () => {
    if (focusElsewhereAfterSending) {
      // As after a server's answer: the page moves focus, and the dialog closes in a later render.
      await Promise.resolve();
      elsewhere.current?.focus();
    }
    setSent(colour);
    setOpen(false);
  };
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Choose a colour
      </button>
      <button ref={elsewhere} type="button">
        Somewhere else
      </button>
      <output>{sent ? `Sent ${sent}` : 'Nothing sent'}</output>
      {open ? (
        <ModalDialog
          title="Pick a colour"
          initialFocus='input[name="colour"]:checked'
          busy={busy}
          error={error}
          onCancel={cancel}
          onSubmit={() => void send()}
          footer={
            <>
              <button type="button" onClick={cancel}>
                Cancel
              </button>
              <button type="submit">Send</button>
            </>
          }
          keys="Enter sends · Esc cancels"
        >
          <fieldset className="modal-dialog__choices">
            <legend>Colour</legend>
            {['red', 'green', 'blue'].map((c) => (
              <label key={c} className="modal-dialog__choice">
                <input
                  type="radio"
                  name="colour"
                  value={c}
                  checked={colour === c}
                  onChange={() => setColour(c)}
                />
                {c}
              </label>
            ))}
          </fieldset>
          <label>
            Note
            <input />
          </label>
        </ModalDialog>
      ) : null}
    </>
  );
}

/** A page whose dialog warns before something that cannot be undone, with focus starting on Cancel. */
function AlertDialogPage() {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Close the day
      </button>
      {done ? <p>Day closed</p> : null}
      {open ? (
        <ModalDialog
          role="alertdialog"
          title="Close Monday?"
          describedBy="body"
          initialFocus={cancelRef}
          busy={false}
          onCancel={() => setOpen(false)}
          footer={
            <>
              <button ref={cancelRef} type="button" onClick={() => setOpen(false)}>
                Cancel
              </button>
              <button
                type="button"
                onClick={() => {
                  setDone(true);
                  setOpen(false);
                }}
              >
                Close it
              </button>
            </>
          }
          keys="Esc cancels"
        >
          <p>No one can book Monday any more.</p>
        </ModalDialog>
      ) : null}
    </>
  );
}

const describedText = (dialog: HTMLElement) =>
  document.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent;

async function openFormDialog(props: Parameters<typeof FormDialogPage>[0] = {}) {
  const user = userEvent.setup();
  render(<FormDialogPage {...props} />);
  const opener = screen.getByRole('button', { name: 'Choose a colour' });
  await user.click(opener);
  return { user, opener, dialog: screen.getByRole('dialog', { name: 'Pick a colour' }) };
}

describe('the modal dialog', () => {
  it('is a modal dialog named by its title, described by its key hint, with focus where the caller says', async () => {
    const { dialog } = await openFormDialog();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(describedText(dialog)).toBe('Enter sends · Esc cancels');
    expect(document.activeElement).toBe(within(dialog).getByRole('radio', { name: 'green' }));
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { user, dialog } = await openFormDialog();
    const choice = within(dialog).getByRole('radio', { name: 'green' });
    const send = within(dialog).getByRole('button', { name: 'Send' });
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: 'Note' }));
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(send);
    await user.tab();
    expect(document.activeElement).toBe(choice);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(send);
  });

  it('cancels with Escape and gives the focus back to the control that opened it', async () => {
    const { user, opener } = await openFormDialog();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(screen.getByRole('status').textContent).toBe('Nothing sent');
  });

  it('leaves the focus where the page put it before the dialog closed', async () => {
    const { user } = await openFormDialog({ focusElsewhereAfterSending: true });
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('Sent green');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Somewhere else' }));
  });

  it('submits the choice with Enter on it, and focus goes back to the opener', async () => {
    const { user, opener } = await openFormDialog();
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Sent blue');
    expect(document.activeElement).toBe(opener);
  });

  it('submits with its submit button', async () => {
    const { user, dialog } = await openFormDialog();
    await user.click(within(dialog).getByRole('radio', { name: 'red' }));
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('status').textContent).toBe('Sent red');
  });

  it('shows why the last attempt failed as an alert inside the dialog', async () => {
    const { dialog } = await openFormDialog({ error: 'The server did not answer' });
    expect(within(dialog).getByRole('alert').textContent).toBe('The server did not answer');
  });

  it('ignores Escape and Enter while busy', async () => {
    const { user, dialog } = await openFormDialog({ busy: true });
    await user.keyboard('{Escape}');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Pick a colour' })).toBe(dialog);
    expect(screen.getByRole('status').textContent).toBe('Nothing sent');
  });

  it('warns as an alert dialog described by its message, starting on the control the caller gives', async () => {
    const user = userEvent.setup();
    render(<AlertDialogPage />);
    const opener = screen.getByRole('button', { name: 'Close the day' });
    await user.click(opener);
    const dialog = screen.getByRole('alertdialog', { name: 'Close Monday?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(describedText(dialog)).toBe('No one can book Monday any more.');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    // Enter presses the focused button: Cancel, so nothing is closed by a stray keystroke.
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.queryByText('Day closed')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
