import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCurp } from '../../shared/domain/curp/curp-builder';
import { Scenario } from '../../shared/practice/scenario';
import { axeViolations, describeViolations } from './support/axe';
import { chromiumAvailable, launchChromium, screenshot, viewports } from './support/browser';
import { startConsoleServer, type ConsoleServer } from './support/console-server';
import { apiAs, chooseServiceAndConsulate, openSignedInConsole } from './support/console-session';
import { offScreen } from './support/in-view';

const scenario = Scenario.parse(
  JSON.parse(
    readFileSync(
      new URL('../../resources/practice-scenarios/02-renewal-old-passport-abroad.json', import.meta.url),
      'utf8',
    ),
  ),
);
const curp = buildCurp(scenario.caller);

/**
 * A trainee plays one scripted caller in Chromium on the real console: the practice band on every
 * screen, the caller's lines as the trainee asks, a booking in the sandbox with the keyboard, the
 * read-back, the wrap-up, then the score with what was right and what was not. Nothing of it
 * reaches the live inventory.
 */
describe.skipIf(!chromiumAvailable)('a trainee plays a practice scenario', () => {
  let server: ConsoleServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the scripted caller answers as asked, the booking is scored, and operators never see it', async () => {
    // The floor's most common screen, where the scripted caller and the booking share the right column.
    const { page } = await openSignedInConsole(browser, server.url, 'trainee1', viewports.laptop);
    const problems: string[] = [];
    const check = async (screen: string) => {
      const found = await axeViolations(page);
      if (found.length) problems.push(`${screen}:\n${describeViolations(found)}`);
      await screenshot(page, `practice-${screen}`);
    };
    await page.getByText('PRÁCTICA — nada de esto es real').first().waitFor();
    expect(await page.title()).toMatch(/^PRÁCTICA/);
    await check('scenarios');

    await page.getByRole('button', { name: `Empezar «${scenario.title.es}»` }).click();
    const transcript = page.getByRole('list', { name: 'Lo que dice quien llama' }).getByRole('listitem');
    await transcript.getByText(scenario.opening).waitFor();
    // The scripted caller rings like a real one (a routed call of the sandbox): Alt+T answers.
    await page.getByTestId('incoming-call').waitFor();
    await check('caller-rings');
    await page.keyboard.press('Alt+T');
    await page.getByTestId('incoming-call').waitFor({ state: 'detached' });
    // The call is on: its timer runs.
    await page.getByRole('timer', { name: /Duración de la llamada/ }).waitFor();
    // Asking for the caller's identity reveals their answer (Alt+Q: the next question).
    await page.keyboard.press('Alt+Q');
    const identity = scenario.lines.find((l) => l.topic === 'identity')!;
    await transcript.getByText(identity.says).waitFor();
    await check('caller-answers');

    // The caller's number is the sandbox applicant's: answering popped their record (CURP shown); the
    // trainee books as on a real call.
    await page.getByText(curp).first().waitFor();
    await chooseServiceAndConsulate(page, 'renov', 'CHI');
    const seat = page.locator('[role="gridcell"][tabindex="0"]');
    await seat.waitFor();
    await expect.poll(() => seat.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('button', { name: /confirmar cita/i });
    await confirm.waitFor();
    await expect.poll(() => confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const readBack = page.getByRole('heading', { name: /cita confirmada/i });
    await readBack.waitFor();
    await check('read-back');

    // The trainee goes on talking (Alt+Q until every question is asked): each answer shows at the end of
    // the transcript, in view, and the read-back stays on screen until the call ends.
    while ((await page.getByText('Ya hizo todas las preguntas.').count()) === 0) {
      const before = await transcript.count();
      await page.keyboard.press('Alt+Q');
      await expect.poll(() => transcript.count()).toBe(before + 2);
      expect(await offScreen(transcript.last()), 'the newest answer').toBeNull();
      expect(await offScreen(readBack), 'the read-back').toBeNull();
    }
    await check('read-back-talking');

    await page.keyboard.press('Alt+W');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Enter');
    const score = page.getByRole('region', { name: 'Su calificación' });
    await score.waitFor({ timeout: 15_000 });
    await check('score');
    expect(await score.locator('.practice-score__value').innerText()).toMatch(/^\d+ de 100$/);
    // What the trainee did right, check by check; the slot and the time depend on the day's seats and on this machine.
    const verdict = async (name: string) =>
      (
        await score
          .locator('.practice-check')
          .filter({ has: page.locator('strong', { hasText: new RegExp(`^${name}$`) }) })
          .innerText()
      ).replace(/\s+/g, ' ');
    for (const passed of [
      'Solicitante',
      'Trámite',
      'Requisitos',
      'Consulado',
      'Resultado',
      'Lectura de la cita',
      'Cierre de la llamada',
    ]) {
      expect(await verdict(passed), `check "${passed}"`).toMatch(/^✓ Bien /);
    }
    expect(problems, problems.join('\n')).toEqual([]);

    // The live inventory never saw it: the caller does not exist for an operator, and no live
    // appointment or call was made by the trainee.
    const operator = await apiAs(server.url, 'operator9');
    const found = await operator.get<{ items: unknown[] }>(`/api/applicants?q=${curp}`);
    expect(found.items).toEqual([]);
    const lead = await apiAs(server.url, 'lead1');
    const results = await lead.get<{ items: { scenarioId: string; score: number; displayName: string }[] }>(
      '/api/practice/results',
    );
    expect(results.items.find((r) => r.scenarioId === scenario.id)?.displayName).toBe('Aprendiz 1');
  });
});
