import { defineMessages } from '../i18n/define-messages';

/** Texts of the shared consulate combobox, es-MX and English side by side; label and hint come from its caller. */
export const consulateComboboxMessages = defineMessages({
  'consulateCombobox.placeholder': { 'es-MX': 'Código o ciudad', en: 'Code or city' },
  'consulateCombobox.results': {
    'es-MX':
      '{count, plural, =0 {Ningún consulado coincide} one {# consulado; Intro elige {first}} other {# consulados; Intro elige {first}}}',
    en: '{count, plural, =0 {No consulate matches} one {# consulate; Enter picks {first}} other {# consulates; Enter picks {first}}}',
  },
  'consulateCombobox.option.chosen': { 'es-MX': 'elegido', en: 'chosen' },
  'consulateCombobox.none': {
    'es-MX': 'Ningún consulado coincide con «{typed}»',
    en: 'No consulate matches “{typed}”',
  },
});
