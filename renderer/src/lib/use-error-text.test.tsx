import { act, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { createApi, useApi, type Api } from '../api/api-client-context';
import { createApplicant } from '../api/applicants';
import type { Locale } from '../i18n/locales';
import { createConsoleStore } from '../stores/console-store';
import { renderWithConsole } from '../testing/render-console';
import { request } from './api-client';
import { useErrorText } from './use-error-text';

/** Runs one request and shows its failure as the console words it. */
function FailureShown({ send }: { send: (api: Api) => Promise<unknown> }) {
  const api = useApi();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  return (
    <>
      <button type="button" onClick={() => send(api).catch(setFailure)}>
        send
      </button>
      <p role="alert">{failure === null ? '' : errorText(failure)}</p>
    </>
  );
}

const shown = async (send: (api: Api) => Promise<unknown>, locale: Locale) => {
  const r = await renderWithConsole(<FailureShown send={send} />, { locale });
  await r.user.click(screen.getByRole('button', { name: 'send' }));
  await waitFor(() => expect(screen.getByRole('alert').textContent).not.toBe(''));
  return { ...r, text: () => screen.getByRole('alert').textContent };
};

// A body the real server refuses field by field: the birth date is not a date.
const badBirthDate = (api: Api) =>
  createApplicant(api, {
    curp: null,
    noCurpReason: 'foreign_national',
    givenNames: 'Ana',
    firstSurname: 'Ruiz',
    birthDate: '1990-13-45',
  });

describe('a server error as the console words it', () => {
  it('names the refused fields from the English catalog, not the server’s sentence', async () => {
    const { text } = await shown(badBirthDate, 'en');
    expect(text()).toBe('The server did not accept the data. Check: date of birth.');
  });

  it('names them in Spanish, and follows the console when it switches language', async () => {
    const { text, store } = await shown(badBirthDate, 'es-MX');
    expect(text()).toBe('El servidor no aceptó los datos. Revise: fecha de nacimiento.');
    act(() => store.getState().toggleLocale());
    expect(text()).toBe('The server did not accept the data. Check: date of birth.');
  });

  it('gives a general sentence of its own for an error code it does not know (a newer server)', async () => {
    const echo = { baseUrl: inject('echoUrl'), token: null, callId: null };
    const { text } = await shown(
      () => request(echo, '/refuse/409/seat_taken_by_robot', { schema: null }),
      'en',
    );
    expect(text()).toBe(
      'The server could not do what you asked. Try again; if it happens again, tell your lead.',
    );
  });
});

describe('the console’s requests', () => {
  it('say the console’s language in Accept-Language, switching when the console does', async () => {
    const store = createConsoleStore();
    const api = createApi(inject('echoUrl'), store);
    const Headers = z.object({ 'accept-language': z.string().optional() });
    const before = await api('/headers', { schema: Headers });
    store.getState().toggleLocale();
    const after = await api('/headers', { schema: Headers });
    expect([before['accept-language'], after['accept-language']]).toEqual(['es-MX', 'en']);
  });
});
