import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import type { Consulate } from '../../../shared/api/reference/consulates';
import { catalogs } from '../i18n/catalog';
import type { Locale } from '../i18n/locales';
import { ConsulateCombobox } from './consulate-combobox';

const c = (id: string, city: string, region: string): Consulate => ({
  id,
  name: `Consulado de México en ${city}`,
  city,
  region,
  country: 'US',
  timeZone: 'America/New_York',
  minLeadMinutes: 60,
  bookingHorizonDays: 92,
});
const consulates = [
  c('NYC', 'New York', 'NY'),
  c('PHL', 'Philadelphia', 'PA'),
  c('SAT', 'San Antonio', 'TX'),
  c('SAN', 'San Diego', 'CA'),
  c('SFO', 'San Francisco', 'CA'),
];

function Host() {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <ConsulateCombobox
        consulates={consulates}
        selectedId={selectedId}
        compact
        label="Consulado"
        hint="Escriba un código o una ciudad y pulse Intro."
        inputRef={inputRef}
        onPick={setSelectedId}
      />
      <output aria-label="picked">{selectedId}</output>
    </>
  );
}

function renderHost(locale: Locale = 'es-MX') {
  const user = userEvent.setup();
  render(
    <IntlProvider locale={locale} messages={catalogs[locale]}>
      <Host />
    </IntlProvider>,
  );
  const input = screen.getByRole<HTMLInputElement>('combobox', { name: 'Consulado' });
  return { user, input, picked: () => screen.getByLabelText('picked').textContent };
}

describe('ConsulateCombobox when nothing matches', () => {
  it('shows "Ningún consulado coincide con «…»" under the field while the text matches nothing', async () => {
    const { user, input } = renderHost();
    await user.click(input);
    await user.keyboard('Zacatecas');
    const notice = screen.getByText('Ningún consulado coincide con «Zacatecas»');
    expect(notice.closest('.visually-hidden')).toBeNull();
    expect(notice.hidden).toBe(false);
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(notice.id);

    await user.clear(input);
    await user.keyboard('Filadelfia');
    expect(screen.queryByText(/Ningún consulado coincide con/)).toBeNull();
  });

  it('Enter on text that matches nothing says so at once instead of doing nothing', async () => {
    const { user, input, picked } = renderHost('en');
    await user.click(input);
    await user.keyboard('Nueva Yrok zz{Enter}');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('No consulate matches “Nueva Yrok zz”');
    expect(picked()).toBe('');
    expect(document.activeElement).toBe(input);
    // Enter again: a new alert, read out again.
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).not.toBe(alert);
    expect(screen.getAllByText('No consulate matches “Nueva Yrok zz”')).toHaveLength(1);

    // Corrected, Enter picks as usual and the notice goes.
    await user.clear(input);
    await user.keyboard('Nueva York{Enter}');
    expect(picked()).toBe('NYC');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('finds San Diego first for "San Diego" and San Antonio by its city', async () => {
    const { user, input, picked } = renderHost();
    await user.click(input);
    await user.keyboard('San Diego{Enter}');
    expect(picked()).toBe('SAN');
    await user.clear(input);
    await user.keyboard('san anto{Enter}');
    expect(picked()).toBe('SAT');
  });
});
