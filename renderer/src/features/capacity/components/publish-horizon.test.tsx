import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SlotList } from '../../../../../shared/api/slots';
import { addDays } from '../../../../../shared/domain/time/local-date';
import { todayIn } from '../../../../../shared/domain/time/zoned-time';
import { formatLocalDate } from '../../../i18n/format-zoned';
import { ConsoleHooks } from '../../../testing/console-hooks';
import { onLiveServer } from '../../../testing/live-server';
import { renderWithConsole } from '../../../testing/render-console';
import { CapacityView } from './capacity-view';

onLiveServer();

describe('publishing past the booking horizon', () => {
  it('asks the lead to say so on purpose, then publishes', async () => {
    const { api, user } = await renderWithConsole(
      <>
        <ConsoleHooks />
        <CapacityView />
      </>,
      { username: 'lead2' },
    );
    // Yuma (Arizona): 92 days of horizon from its today.
    const today = todayIn('America/Phoenix');
    const horizonEnd = addDays(today, 92);
    const [from, to] = [addDays(today, 95), addDays(today, 101)];
    await user.click(await screen.findByRole('combobox', { name: 'Consulado' }));
    await user.keyboard('Yuma{Enter}');
    const fromInput = await screen.findByLabelText<HTMLInputElement>('Desde');
    await user.clear(fromInput);
    await user.type(fromInput, from);
    const toInput = screen.getByLabelText<HTMLInputElement>('Hasta');
    await user.clear(toInput);
    await user.type(toInput, to);

    expect(
      screen.getByText(
        `Este consulado publica horarios hasta 92 días adelante (hasta el ${formatLocalDate(horizonEnd, 'es-MX')}); el rango va más allá.`,
      ),
    ).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(screen.queryByText(/horarios? nuevos?/)).toBeNull();
    expect(
      (await api('/api/slots', { query: { consulateId: 'YUM', from, to }, schema: SlotList })).items,
    ).toHaveLength(0);

    await user.click(
      screen.getByRole('checkbox', { name: 'Publicar más allá a propósito (queda registrado)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Publicar' }));
    const result = await screen.findByText(/horarios? nuevos?, 0 ya publicados?\.$/);
    const published = Number(/: (\d+) horarios? nuevos?/.exec(result.textContent ?? '')?.[1]);
    expect(published).toBeGreaterThan(0);
    expect(
      (await api('/api/slots', { query: { consulateId: 'YUM', from, to }, schema: SlotList })).items,
    ).toHaveLength(published);
  });
});
