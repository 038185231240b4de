/**
 * Notices that the machine slept: a timer that should tick every `intervalMs` finds far more time
 * has passed. Browsers have no resume event; the desktop shell adds one (powerMonitor).
 */
export function watchForWake(
  onWake: () => void,
  intervalMs = 2_000,
  toleranceMs = 8_000,
  now: () => number = Date.now,
): () => void {
  let last = now();
  const timer = setInterval(() => {
    const t = now();
    if (t - last > intervalMs + toleranceMs) onWake();
    last = t;
  }, intervalMs);
  const onOnline = () => onWake();
  window.addEventListener('online', onOnline);
  return () => {
    clearInterval(timer);
    window.removeEventListener('online', onOnline);
  };
}
