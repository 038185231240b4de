import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Call } from '../../../../../shared/api/calls';
import { ScenarioList } from '../../../../../shared/api/practice';
import { finishRun, startRun } from '../../../api/practice';
import { onLiveServer } from '../../../testing/live-server';
import { otherOperator, renderConsole } from '../../../testing/render-console';

onLiveServer();

describe("a lead's practice view", () => {
  it('Alt+0 lists trainees’ results, and the filter keeps one trainee’s', async () => {
    // Aprendiz 2 plays a scenario through the API: a call, ended, then the run finished.
    const trainee = await otherOperator('trainee2');
    const [scenario] = (await trainee('/api/practice/scenarios', { schema: ScenarioList })).items;
    const run = await startRun(trainee, scenario!.id);
    const call = await trainee('/api/calls', { method: 'POST', body: {}, schema: Call });
    await trainee(`/api/calls/${call.id}/end`, {
      method: 'POST',
      body: { wrapUpCode: 'information' },
      schema: Call,
    });
    const result = await finishRun(trainee, run.id);

    const r = await renderConsole({ username: 'lead2' });
    await screen.findByRole('navigation', { name: 'Vistas de líder de turno' });
    await r.user.keyboard('{Alt>}0{/Alt}');
    await screen.findByRole('heading', { name: 'Resultados de práctica' });
    const table = await screen.findByRole('table');
    const row = within(table)
      .getAllByRole('row')
      .find((tr) => tr.textContent?.includes('Aprendiz 2') && tr.textContent.includes(scenario!.title.es));
    expect(row).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('rowheader')
        .some((cell) => cell.textContent === 'Aprendiz 2'),
    ).toBe(true);
    expect(within(row!).getByText(String(result.score))).toBeTruthy();

    await r.user.selectOptions(screen.getByRole('combobox', { name: 'Persona en práctica' }), 'Aprendiz 2');
    await waitFor(() =>
      expect(
        within(screen.getByRole('table'))
          .getAllByRole('rowheader')
          .every((cell) => cell.textContent === 'Aprendiz 2'),
      ).toBe(true),
    );
    expect(screen.getByText(/^Aprendiz 2: \d+ resultados?, último \d+, promedio \d+$/)).toBeTruthy();
  });
});
