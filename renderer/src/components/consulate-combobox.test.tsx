import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import type { Consulate } from '../../../shared/api/reference/consulates';
import { catalogs } from '../i18n/catalog';
import type { Locale } from '../i18n/locales';
import { ConsulateCombobox, type ConsulateSuggestion } from './consulate-combobox';

const c = (
  id: string,
  city: string,
  region: string,
  timeZone: string,
  country: 'US' | 'CA' = 'US',
): Consulate => ({
  id,
  name: `Consulado de México en ${city}`,
  city,
  region,
  country,
  timeZone,
  minLeadMinutes: 60,
  bookingHorizonDays: 92,
});
const consulates: Consulate[] = [
  c('PHX', 'Phoenix', 'AZ', 'America/Phoenix'),
  c('TUS', 'Tucson', 'AZ', 'America/Phoenix'),
  c('NOG', 'Nogales', 'AZ', 'America/Phoenix'),
  c('SAN', 'San Diego', 'CA', 'America/Los_Angeles'),
  c('SAT', 'San Antonio', 'TX', 'America/Chicago'),
  c('SJC', 'San Jose', 'CA', 'America/Los_Angeles'),
  c('DAL', 'Dallas', 'TX', 'America/Chicago'),
  c('MTL', 'Montréal', 'QC', 'America/Toronto', 'CA'),
];

type HostProps = { initial?: string | null; suggestion?: ConsulateSuggestion | null; compact?: boolean };

/** The combobox as a feature uses it: the choice kept by the caller, a field after it to move on to. */
function Host({ initial = null, suggestion = null, compact = false }: HostProps) {
  const [selectedId, setSelectedId] = useState<string | null>(initial);
  const [picks, setPicks] = useState<string[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <ConsulateCombobox
        consulates={consulates}
        selectedId={selectedId}
        suggestion={suggestion}
        compact={compact}
        label="Consulado"
        hint="Escriba un código o una ciudad y pulse Intro."
        inputRef={inputRef}
        onPick={(id) => {
          setSelectedId(id);
          setPicks((all) => [...all, id]);
        }}
      />
      <output aria-label="picked">{picks.join(',')}</output>
    </>
  );
}

function renderHost(props: HostProps = {}, locale: Locale = 'es-MX') {
  const user = userEvent.setup();
  render(
    <IntlProvider locale={locale} messages={catalogs[locale]}>
      <Host {...props} />
    </IntlProvider>,
  );
  const input = screen.getByRole<HTMLInputElement>('combobox', { name: 'Consulado' });
  return { user, input, picked: () => screen.getByLabelText('picked').textContent };
}

const activeOption = (input: HTMLElement) =>
  document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
const optionTexts = () =>
  within(screen.getByRole('listbox', { name: 'Consulado' }))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('ConsulateCombobox', () => {
  it('is a combobox named by its label, described by its hint, controlling a listbox of the same name', async () => {
    const { user, input } = renderHost();
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.placeholder).toBe('Código o ciudad');
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Escriba un código o una ciudad y pulse Intro.',
    );

    await user.click(input);
    await user.keyboard('pho');
    const list = screen.getByRole('listbox', { name: 'Consulado' });
    expect(input.getAttribute('aria-controls')).toBe(list.id);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const first = within(list).getAllByRole('option')[0];
    expect(first?.textContent).toBe('PHXPhoenix, AZ');
    expect(activeOption(input)).toBe(first);
    expect(first?.getAttribute('aria-selected')).toBe('true');
  });

  it('finds by code, by city with accents ignored, and by name; Enter picks the first match and shows it', async () => {
    const { user, input, picked } = renderHost();
    await user.click(input);
    await user.keyboard('PHX{Enter}');
    expect(picked()).toBe('PHX');
    expect(input.value).toBe('PHX · Phoenix, AZ');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);

    await user.clear(input);
    await user.keyboard('san josé{Enter}');
    expect(input.value).toBe('SJC · San Jose, CA');

    await user.clear(input);
    await user.keyboard('montreal{Enter}');
    expect(input.value).toBe('MTL · Montréal, QC');

    await user.clear(input);
    await user.keyboard('mexico en tucson{Enter}');
    expect(picked()).toBe('PHX,SJC,MTL,TUS');
  });

  it('says how many match and which one Enter picks, and that none does', async () => {
    const { user, input } = renderHost({}, 'en');
    await user.click(input);
    await user.keyboard('san');
    expect(screen.getByText('3 consulates; Enter picks SAN · San Diego, CA')).toBeTruthy();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByText('3 consulates; Enter picks SAT · San Antonio, TX')).toBeTruthy();
    await user.keyboard('zzz');
    expect(screen.getByText('No consulate matches')).toBeTruthy();
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('arrows move through the matches without leaving the list, and Enter picks the one moved to', async () => {
    const { user, input, picked } = renderHost();
    await user.click(input);
    await user.keyboard('san');
    expect(optionTexts()).toEqual(['SANSan Diego, CA', 'SATSan Antonio, TX', 'SJCSan Jose, CA']);
    await user.keyboard('{ArrowUp}');
    expect(activeOption(input)?.textContent).toMatch(/^SAN/);
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(activeOption(input)?.textContent).toMatch(/^SJC/);
    await user.keyboard('{ArrowUp}');
    expect(activeOption(input)?.textContent).toMatch(/^SAT/);
    await user.keyboard('{Enter}');
    expect(picked()).toBe('SAT');
    expect(input.value).toBe('SAT · San Antonio, TX');
  });

  it('Escape closes the list, a second Escape puts back the chosen consulate; Enter then keeps it', async () => {
    const { user, input, picked } = renderHost({ initial: 'DAL' });
    expect(input.value).toBe('DAL · Dallas, TX');
    await user.tab();
    // Focus selects the chosen text, so typing replaces it.
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, input.value.length]);
    await user.keyboard('tuc');
    expect(input.value).toBe('tuc');
    await user.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('tuc');
    await user.keyboard('{Escape}');
    expect(input.value).toBe('DAL · Dallas, TX');
    await user.keyboard('{Enter}');
    expect(picked()).toBe('DAL');
  });

  it('with nothing typed offers the chosen consulate, then the suggested one with its tag, then all by city', async () => {
    const { user, input } = renderHost({ initial: 'DAL', suggestion: { id: 'NOG', tag: 'última cita' } });
    await user.click(input);
    // Alt+Down shows the list without moving from the chosen one.
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(optionTexts().slice(0, 4)).toEqual([
      'DALDallas, TXelegido',
      'NOGNogales, AZúltima cita',
      'MTLMontréal, QC',
      'PHXPhoenix, AZ',
    ]);
    expect(activeOption(input)?.textContent).toMatch(/^DAL/);
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('picks with a click, and the field keeps the focus', async () => {
    const { user, input, picked } = renderHost();
    await user.click(input);
    await user.keyboard('az');
    await user.click(screen.getByRole('option', { name: /Tucson/ }));
    expect(picked()).toBe('TUS');
    expect(document.activeElement).toBe(input);
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('a compact field keeps its label and hint for screen readers', () => {
    const { input } = renderHost({ compact: true });
    expect(screen.getByText('Consulado').className).toBe('visually-hidden');
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.className).toBe(
      'visually-hidden',
    );
  });
});
