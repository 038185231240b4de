/**
 * One read shared by everything that asks within `ms` of it: the gauges of one scrape all come from
 * the same read (prom-client collects them side by side), and two scrapers in a second cost one.
 * A failed read is not kept.
 */
export function sharedRead<T>(read: () => Promise<T>, ms: number, now: () => number = Date.now) {
  let last: { at: number; value: Promise<T> } | null = null;
  return (): Promise<T> => {
    const at = now();
    if (last && at - last.at < ms) return last.value;
    const value = read();
    const entry = { at, value };
    last = entry;
    value.catch(() => {
      if (last === entry) last = null;
    });
    return value;
  };
}
