import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { endCall, startCall } from '../../../api/calls';
import { otherOperator, renderWithConsole } from '../../../testing/render-console';
import { CallBar } from './call-bar';

const USERNAME = 'operator5';

describe('a refusal in the call bar', () => {
  it('is worded again when the operator switches the console’s language', async () => {
    const r = await renderWithConsole(<CallBar />, { username: USERNAME });
    // The same user, signed in at another desk, is already on a call this console does not show yet.
    const elsewhere = await otherOperator(USERNAME);
    const call = await startCall(elsewhere);
    try {
      await r.user.click(await screen.findByRole('button', { name: /^Llamada saliente/ }));
      const alert = await screen.findByRole('alert');
      await waitFor(() =>
        expect(alert.textContent).toBe('Ya tiene una llamada en curso. Termínela antes de tomar otra.'),
      );
      act(() => r.store.getState().toggleLocale());
      expect(screen.getByRole('alert').textContent).toBe(
        'You already have a call in progress. Finish it before taking another.',
      );
    } finally {
      await endCall(elsewhere, call.id, { wrapUpCode: 'information' });
    }
  });
});
