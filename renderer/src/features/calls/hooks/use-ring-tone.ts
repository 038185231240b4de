import { useEffect } from 'react';

/** North American ringback cadence: two seconds of 440 Hz + 480 Hz, four of silence. */
const RING_ON_S = 2;
const RING_PERIOD_S = 6;
const VOLUME = 0.08;

type AudioContextConstructor = new () => AudioContext;

const audioContextClass = (): AudioContextConstructor | undefined =>
  (globalThis as { AudioContext?: AudioContextConstructor }).AudioContext;

/**
 * Rings while `ringing`: a tone made with Web Audio (no sound file), stopped the moment the offer
 * is answered or withdrawn. Where there is no audio (a test, a muted machine) it stays silent.
 */
export function useRingTone(ringing: boolean): void {
  useEffect(() => {
    const Context = audioContextClass();
    if (!ringing || !Context) return;
    let context: AudioContext;
    try {
      context = new Context();
    } catch {
      return;
    }
    const gain = context.createGain();
    gain.gain.value = 0;
    gain.connect(context.destination);
    const oscillators = [440, 480].map((frequency) => {
      const oscillator = context.createOscillator();
      oscillator.frequency.value = frequency;
      oscillator.connect(gain);
      oscillator.start();
      return oscillator;
    });
    // Cadence scheduled ahead on the audio clock: a minute of rings is more than any offer lasts.
    const start = context.currentTime;
    for (let t = 0; t < 60; t += RING_PERIOD_S) {
      gain.gain.setValueAtTime(VOLUME, start + t);
      gain.gain.setValueAtTime(0, start + t + RING_ON_S);
    }
    void context.resume().catch(() => undefined);
    return () => {
      for (const oscillator of oscillators) oscillator.stop();
      void context.close().catch(() => undefined);
    };
  }, [ringing]);
}
