/**
 * Runs offer rounds one at a time on this instance: a kick while a round runs asks for one more
 * round after it (the arrivals and the operators freed meanwhile), never a second round beside it.
 */
export function createDispatcher(round: () => Promise<unknown>, onError: (error: unknown) => void) {
  let running: Promise<void> | null = null;
  let again = false;
  return {
    kick(): void {
      if (running) {
        again = true;
        return;
      }
      running = (async () => {
        do {
          again = false;
          try {
            await round();
          } catch (error) {
            onError(error);
          }
        } while (again);
      })().finally(() => {
        running = null;
      });
    },
    /** Resolves when no round is running (tests, shutdown). */
    async idle(): Promise<void> {
      while (running) await running;
    },
  };
}
