import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApplicantSearchResult } from '../../../../../shared/api/applicants';
import { renderFocusedCallerPanel } from '../testing/caller-harness';

const MORE = 'Hay más coincidencias: escriba más datos';

describe('ApplicantSearch with more matches than it lists', () => {
  it('says under the list that there are more, and stops saying it once the typed text narrows them', async () => {
    const r = await renderFocusedCallerPanel('operator15');
    const wide = await r.api('/api/applicants', {
      query: { q: 'Hernández', limit: 8 },
      schema: ApplicantSearchResult,
    });
    expect(wide.more).toBe(true);

    await r.user.keyboard('Hernández');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(8));
    const note = await screen.findByText(MORE);
    // Under the list, and announced with the count.
    const list = screen.getByRole('listbox', { name: 'Coincidencias' });
    expect(list.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`8 coincidencias. ${MORE}`));

    const one = wide.items[0]!;
    await r.user.clear(screen.getByRole('combobox', { name: 'Buscar solicitante' }));
    await r.user.keyboard(one.curp ?? `${one.givenNames} ${one.firstSurname} ${one.secondSurname ?? ''}`);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^\d+ coincidencias?$/));
    expect(screen.queryByText(MORE)).toBeNull();
  });
});
