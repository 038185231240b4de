import type { CallLanguage } from '../../../../shared/api/routing';

/**
 * The phone line's menu, as data. First the language (said in Spanish, then in English); then, in that
 * language, what the call is about: the key pressed goes to the routing as `ivrChoice`, and the routing
 * rules (server/modules/routing/routing-rules.json, `ivrChoices`) map it to a queue — the keys here are
 * the rules' keys (a test keeps them equal). A caller who presses nothing is routed in Spanish, without
 * a choice (the rules' default queue).
 */
export const twilioMenu = {
  languageKeys: { '1': 'es', '2': 'en' } as Readonly<Record<string, CallLanguage>>,
  serviceKeys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as readonly string[],
  defaultLanguage: 'es' as CallLanguage,
  /** Seconds Twilio waits for a key. */
  gatherTimeoutSeconds: 6,
  /** The voices' languages for `<Say>`. */
  sayLanguage: { es: 'es-MX', en: 'en-US' } as const,
  text: {
    welcome: {
      es: 'Gracias por llamar a MiConsulado.',
      en: 'Thank you for calling MiConsulado.',
    },
    languageMenu: {
      es: 'Para español, oprima 1.',
      en: 'For English, press 2.',
    },
    serviceMenu: {
      es: 'Para pasaportes, oprima 1. Para registro civil, oprima 2. Para otros trámites, diga dónde vive: Arizona o Nuevo México, oprima 3; Texas, 4; California, 5; el Oeste y la Montaña, 6; el Centro y el Medio Oeste, 7; el Este, 8; Canadá, 9.',
      en: 'For passports, press 1. For civil registry, press 2. For other services, tell us where you live: Arizona or New Mexico, press 3; Texas, 4; California, 5; the West and Mountain states, 6; the Central and Midwest states, 7; the East, 8; Canada, 9.',
    },
    invalidChoice: {
      es: 'Esa opción no es válida.',
      en: 'That option is not valid.',
    },
    hold: {
      es: 'Un momento, por favor. Le atenderá la próxima persona disponible.',
      en: 'Please hold. The next available person will take your call.',
    },
    unidentifiedCaller: {
      es: 'No podemos recibir llamadas de números ocultos o de fuera de Estados Unidos, Canadá y México. Por favor, llame de nuevo mostrando su número.',
      en: 'We cannot take calls from hidden numbers or from outside the United States, Canada and Mexico. Please call again showing your number.',
    },
    unavailable: {
      es: 'Lo sentimos, no podemos atender su llamada en este momento. Por favor, intente más tarde.',
      en: 'We are sorry, we cannot take your call right now. Please try again later.',
    },
  },
} as const;

export type MenuText = keyof typeof twilioMenu.text;

/** The language a key of the first menu names, or null. */
export const languageOfKey = (digits: string): CallLanguage | null =>
  Object.hasOwn(twilioMenu.languageKeys, digits) ? twilioMenu.languageKeys[digits]! : null;

/** Whether a key is one of the second menu's. */
export const isServiceKey = (digits: string): boolean => twilioMenu.serviceKeys.includes(digits);
