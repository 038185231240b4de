import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NearestConsulateList, type NearestConsulate } from '../../../../../shared/api/reference/nearest';
import type { Api } from '../../../api/api-client-context';
import { queryKeys } from '../../../api/query-keys';
import { renderWithConsole } from '../../../testing/render-console';
import { formatFirstSeat } from '../format-first-seat';
import { ConsulatePanelHarness, plain } from '../testing/consulate-panel-harness';

const USERNAME = 'operator37';
const PROCEDURE = 'passport-first';

async function nearestFromServer(api: Api, postalCode: string): Promise<NearestConsulate[]> {
  const { items } = await api('/api/consulates/nearest', {
    query: { postalCode, procedureId: PROCEDURE, limit: 5 },
    schema: NearestConsulateList,
  });
  return items;
}

async function openSearch(locale: 'es-MX' | 'en' = 'es-MX', procedure: string | null = PROCEDURE) {
  const rendered = await renderWithConsole(<ConsulatePanelHarness />, { username: USERNAME, locale });
  if (procedure) act(() => rendered.store.getState().selectProcedure(procedure));
  const name = locale === 'en' ? 'Find a consulate' : 'Buscar consulado';
  const input = await screen.findByRole<HTMLInputElement>('combobox', { name });
  await rendered.user.keyboard('{Alt>}3{/Alt}');
  await waitFor(() => expect(document.activeElement).toBe(input));
  return { ...rendered, input, name };
}

describe('the consulate picker and a postal code', () => {
  it('a Tucson ZIP lists the nearest consulates with distance and first seat; Enter picks Tucson and opens that day', async () => {
    const { user, store, api, input, name } = await openSearch();
    const expected = await nearestFromServer(api, '85704');
    expect(expected.map((i) => i.consulateId).slice(0, 3)).toEqual(['TUS', 'NOG', 'PHX']);

    await user.keyboard('85704');
    const list = await screen.findByRole('listbox', { name });
    const options = await within(list).findAllByRole('option');
    expect(options.map((o) => o.textContent?.slice(0, 3))).toEqual(expected.map((i) => i.consulateId));
    const tucson = expected[0]!;
    const seat = tucson.firstAvailable
      ? formatFirstSeat(tucson.firstAvailable.start, 'America/Phoenix', 'es-MX')
      : 'sin lugares';
    expect(plain(options[0]?.textContent)).toBe(plain(`TUSTucson, AZ${tucson.distanceKm} km — ${seat}`));
    // The first seat said on Tucson's clock: "jue 10 dic 9:00 a. m.".
    if (tucson.firstAvailable)
      expect(plain(seat)).toMatch(
        /^(lun|mar|mié|jue|vie|sáb|dom) \d{1,2} [a-z]{3} \d{1,2}:\d{2} [ap]\. ?m\.$/,
      );
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]?.id);

    await user.keyboard('{Enter}');
    expect(store.getState().consulateId).toBe('TUS');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('slots step')));
    if (tucson.firstAvailable)
      expect(screen.getByLabelText('slots step').textContent).toBe(
        `grid shows ${tucson.firstAvailable.localStart.slice(0, 10)}`,
      );
  });

  it('the arrows choose another of the nearest, in English, for a Canadian postal code', async () => {
    const { user, store, api, name } = await openSearch('en');
    const expected = await nearestFromServer(api, 'M5V');
    expect(expected[0]?.consulateId).toBe('YYZ');

    await user.keyboard('M5V 3L9');
    const options = await within(screen.getByRole('listbox', { name })).findAllByRole('option');
    expect(options[0]?.textContent).toMatch(/^YYZToronto, ON\d+ km — /);
    expect(options.map((o) => o.textContent?.slice(0, 3))).toEqual(expected.map((i) => i.consulateId));
    await user.keyboard('{ArrowDown}{Enter}');
    expect(store.getState().consulateId).toBe(expected[1]?.consulateId);
  });

  it('says "sin lugares" for a consulate without a seat for the service', async () => {
    const { user, queryClient, api, name } = await openSearch();
    const answer = await nearestFromServer(api, '85621');
    queryClient.setQueryData(
      queryKeys.consulates.nearest('US', '85621', PROCEDURE),
      answer.map((item) => (item.consulateId === 'NOG' ? { ...item, firstAvailable: null } : item)),
    );
    await user.keyboard('85621');
    const options = await within(screen.getByRole('listbox', { name })).findAllByRole('option');
    expect(plain(options[0]?.textContent)).toBe(`NOGNogales, AZ${answer[0]!.distanceKm} km — sin lugares`);
  });

  it('says so when the code is unknown, and again out loud on Enter; nothing is picked', async () => {
    const { user, store, input } = await openSearch();
    await user.keyboard('99999');
    const notice = await screen.findByText(
      'No encontramos el código postal 99999. Confírmelo con quien llama.',
      {
        selector: 'p',
      },
    );
    expect(input.getAttribute('aria-describedby')).toContain(notice.id);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'No encontramos el código postal 99999. Confírmelo con quien llama.',
    );
    expect(store.getState().consulateId).toBeNull();
  });

  it('asks for the service first when none is chosen', async () => {
    const { user } = await openSearch('es-MX', null);
    await user.keyboard('85704');
    expect(
      await screen.findByText('Elija primero el trámite para buscar por código postal.', { selector: 'p' }),
    ).toBeTruthy();
  });
});
