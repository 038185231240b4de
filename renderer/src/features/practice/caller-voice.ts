import type { CallerLanguage } from '../../../../shared/practice/scenario';

/** The voice a caller speaks with: Mexican Spanish or US English. */
export const voiceLanguage = (language: CallerLanguage): string => (language === 'en' ? 'en-US' : 'es-MX');

type Speech = Pick<SpeechSynthesis, 'speak' | 'cancel' | 'getVoices'>;

/**
 * Says a caller's line aloud where the browser can (speechSynthesis), in the caller's language;
 * silently does nothing where it cannot. A new line interrupts the one being spoken.
 */
export function speakLine(
  text: string,
  language: CallerLanguage,
  speech: Speech | undefined = globalThis.speechSynthesis,
): boolean {
  if (!speech || typeof SpeechSynthesisUtterance === 'undefined') return false;
  const lang = voiceLanguage(language);
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  const voice =
    speech.getVoices().find((v) => v.lang === lang) ??
    speech.getVoices().find((v) => v.lang.startsWith(lang.slice(0, 2)));
  if (voice) utterance.voice = voice;
  speech.cancel();
  speech.speak(utterance);
  return true;
}

/** Stops the caller mid-sentence (muted, or the run is over). */
export const hushCaller = (
  speech: Pick<SpeechSynthesis, 'cancel'> | undefined = globalThis.speechSynthesis,
): void => speech?.cancel();
