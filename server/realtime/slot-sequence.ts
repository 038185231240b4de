/**
 * Per-consulate sequence numbers of `slots:changed` (one counter per sandbox and consulate). A
 * client compares each event's `seq` with the last it applied and refetches on a gap.
 */
export interface SlotSequence {
  current(sandbox: string, consulateId: string): number;
  next(sandbox: string, consulateId: string): number;
}

export function createSlotSequence(): SlotSequence {
  const counters = new Map<string, number>();
  return {
    current: (sandbox, consulateId) => counters.get(`${sandbox}|${consulateId}`) ?? 0,
    next(sandbox, consulateId) {
      const key = `${sandbox}|${consulateId}`;
      const value = (counters.get(key) ?? 0) + 1;
      counters.set(key, value);
      return value;
    },
  };
}
