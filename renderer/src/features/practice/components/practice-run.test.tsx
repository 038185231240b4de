import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { onLiveServer } from '../../../testing/live-server';
import { renderConsole } from '../../../testing/render-console';

onLiveServer();

const transcriptLines = () =>
  within(screen.getByRole('list', { name: 'Lo que dice quien llama' })).getAllByRole('listitem');

describe('a trainee plays a scenario', () => {
  it('starting one shows the caller’s opening and the caller rings; answering puts the call on; asking reveals the caller’s answer; ending the call shows the score and its checks', async () => {
    const r = await renderConsole({ username: 'trainee3' });
    const start = (await screen.findAllByRole('button', { name: /^Empezar «/ }))[0]!;
    await r.user.click(start);

    // The opening line is the caller's first words; the caller rings like a real one, and answering
    // (Alt+T) puts the call on the line.
    await waitFor(() => expect(transcriptLines()).toHaveLength(1));
    expect(transcriptLines()[0]!.textContent).toMatch(/^Quien llama: \S/);
    await screen.findByTestId('incoming-call', undefined, { timeout: 5_000 });
    expect(r.store.getState().call).toBeNull();
    await r.user.keyboard('{Alt>}t{/Alt}');
    await waitFor(() => expect(r.store.getState().call).not.toBeNull());

    // Ask the first question of the first topic: the question and the caller's answer join the transcript.
    const firstTopic = within(screen.getByRole('region', { name: 'Práctica' })).getAllByRole('group')[0]!;
    const question = within(firstTopic).getAllByRole('button')[0]!;
    const asked = question.textContent ?? '';
    await r.user.click(question);
    await waitFor(() => expect(transcriptLines()).toHaveLength(3));
    expect(transcriptLines()[1]!.textContent).toBe(`Usted: ${asked}`);
    expect(transcriptLines()[2]!.textContent).toMatch(/^Quien llama: \S/);
    expect(question.getAttribute('aria-disabled')).toBe('true');

    // Alt+Q asks the next one not asked yet.
    await r.user.keyboard('{Alt>}q{/Alt}');
    await waitFor(() => expect(transcriptLines()).toHaveLength(5));

    // Ending the call (Alt+W, "information") scores the run.
    await r.user.keyboard('{Alt>}w{/Alt}');
    await screen.findByRole('dialog', { name: 'Cerrar la llamada' });
    await r.user.keyboard('{Enter}');
    const score = await screen.findByText(/^\d{1,3} de 100$/, undefined, { timeout: 10_000 });
    expect(score).toBeTruthy();
    const checks = screen.getByRole('list', { name: 'Revisión' });
    const items = within(checks).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((item) => /Bien|Falta/.test(item.textContent ?? ''))).toBe(true);
    expect(within(checks).getByText('Cierre de la llamada')).toBeTruthy();
    expect(screen.getByText(/^Tiempo: \d+:\d{2} \(objetivo \d+:\d{2}\)$/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Otra vez' })).toBeTruthy();

    await r.user.click(screen.getByRole('button', { name: 'Otro escenario' }));
    expect(await screen.findAllByRole('button', { name: /^Empezar «/ })).not.toHaveLength(0);
  });

  it('resetting the practice asks first, then says what it removed', async () => {
    const r = await renderConsole({ username: 'trainee3' });
    await r.user.click(await screen.findByRole('button', { name: 'Reiniciar mi práctica' }));
    const dialog = screen.getByRole('alertdialog', { name: '¿Reiniciar su práctica?' });
    await r.user.click(within(dialog).getByRole('button', { name: 'Reiniciar' }));
    expect(
      await screen.findByText(/^Práctica reiniciada: \d+ citas, \d+ solicitantes y \d+ llamadas borradas\.$/),
    ).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
