import type { Carrier } from './carrier';

/** The carriers by provider name. The `api` provider (calls posted over HTTP) has no audio: nothing to tell. */
export interface CarrierRegistry {
  register(carrier: Carrier): void;
  find(provider: string): Carrier | undefined;
}

export function createCarrierRegistry(): CarrierRegistry {
  const carriers = new Map<string, Carrier>();
  return {
    register(carrier) {
      carriers.set(carrier.provider, carrier);
    },
    find: (provider) => carriers.get(provider),
  };
}
