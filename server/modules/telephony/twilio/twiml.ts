import twilio from 'twilio';
import type { CallLanguage } from '../../../../shared/api/routing';
import { twilioMenu, type MenuText } from './twilio-menu';

/**
 * The TwiML documents the adapter answers or sends, built with the official package's VoiceResponse
 * (it escapes what it writes). Pure: the same input gives the same XML.
 */
type VoiceResponse = InstanceType<typeof twilio.twiml.VoiceResponse>;
type Sayer = Pick<VoiceResponse, 'say'>;

const sayIn = (target: Sayer, text: MenuText, language: CallLanguage) =>
  target.say({ language: twilioMenu.sayLanguage[language] }, twilioMenu.text[text][language]);

/** Spanish first, then English. */
const sayBoth = (target: Sayer, text: MenuText) => {
  sayIn(target, text, 'es');
  sayIn(target, text, 'en');
};

/** Where a menu goes: its key to `actionUrl`; a caller who presses nothing falls through to `noInputUrl`. */
export interface MenuTargets {
  actionUrl: string;
  noInputUrl: string;
  invalidChoice?: boolean;
}

function gatherOneKey(targets: MenuTargets, say: (gather: Sayer) => void): string {
  const response = new twilio.twiml.VoiceResponse();
  const gather = response.gather({
    input: ['dtmf'],
    numDigits: 1,
    timeout: twilioMenu.gatherTimeoutSeconds,
    action: targets.actionUrl,
    method: 'POST',
  });
  say(gather);
  response.redirect({ method: 'POST' }, targets.noInputUrl);
  return response.toString();
}

/** The first menu: the language, said in Spanish, then in English. */
export function languageMenuTwiml(targets: MenuTargets): string {
  return gatherOneKey(targets, (gather) => {
    sayBoth(gather, targets.invalidChoice ? 'invalidChoice' : 'welcome');
    sayBoth(gather, 'languageMenu');
  });
}

/** The second menu, in the caller's language: what the call is about. */
export function serviceMenuTwiml(language: CallLanguage, targets: MenuTargets): string {
  return gatherOneKey(targets, (gather) => {
    if (targets.invalidChoice) sayIn(gather, 'invalidChoice', language);
    sayIn(gather, 'serviceMenu', language);
  });
}

/**
 * The caller waits: a word in their language, then hold music looped without end. Twilio's REST API
 * interrupts it with the operator's `<Dial>` when the call is accepted (modifying a live call).
 */
export function holdTwiml(language: CallLanguage, holdMusicUrl: string): string {
  const response = new twilio.twiml.VoiceResponse();
  sayIn(response, 'hold', language);
  response.play({ loop: 0 }, holdMusicUrl);
  return response.toString();
}

/** Where the operator answers: the softphone registered as their username, or their phone number. */
export type OperatorEndpoint = { kind: 'client'; identity: string } | { kind: 'number'; e164: string };

/** Connects the caller to the operator (sent with the REST API's call update). */
export function dialOperatorTwiml(endpoint: OperatorEndpoint): string {
  const response = new twilio.twiml.VoiceResponse();
  const dial = response.dial();
  if (endpoint.kind === 'client') dial.client(endpoint.identity);
  else dial.number(endpoint.e164);
  return response.toString();
}

/** A message in both languages, then the line is closed. */
export function sayAndHangUpTwiml(text: MenuText): string {
  const response = new twilio.twiml.VoiceResponse();
  sayBoth(response, text);
  response.hangup();
  return response.toString();
}

/** An empty answer (a status callback needs none). */
export const emptyTwiml = () => new twilio.twiml.VoiceResponse().toString();
