import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { onLiveServer } from '../../../testing/live-server';
import { renderConsole } from '../../../testing/render-console';

onLiveServer();

const transcript = () => screen.getByRole('list', { name: 'Lo que dice quien llama' });
const lines = () => within(transcript()).getAllByRole('listitem');
/** What a screen reader is told, politely, of the caller: the status line that says "Quien llama: …". */
const callerAnnounced = () =>
  screen.getAllByRole('status').filter((s) => s.textContent?.startsWith('Quien llama:'));

describe('the simulated caller’s transcript', () => {
  it('tells a screen reader each answer of the caller once, politely, without moving focus; the list itself is not re-read', async () => {
    const r = await renderConsole({ username: 'trainee5' });
    await r.user.click((await screen.findAllByRole('button', { name: /^Empezar «/ }))[0]!);
    await waitFor(() => expect(lines()).toHaveLength(1));
    // The opening is what the caller said last.
    expect(callerAnnounced()).toHaveLength(1);
    expect(callerAnnounced()[0]!.textContent).toBe(lines()[0]!.textContent);
    // The whole list is not a live region: the trainee's own question is not read back to them.
    expect(transcript().closest('[aria-live]')).toBeNull();

    const question = within(
      within(screen.getByRole('region', { name: 'Práctica' })).getAllByRole('group')[0]!,
    ).getAllByRole('button')[0]!;
    await r.user.click(question);
    await waitFor(() => expect(lines()).toHaveLength(3));
    expect(callerAnnounced()[0]!.textContent).toBe(lines()[2]!.textContent);
    expect(callerAnnounced()[0]!.getAttribute('aria-live') ?? 'polite').toBe('polite');
    // Focus stays on the question just asked (aria-disabled now), not pulled to the transcript.
    expect(document.activeElement).toBe(question);
    expect(question.getAttribute('aria-disabled')).toBe('true');
  });
});
