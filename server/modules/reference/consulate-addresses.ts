import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const Entry = z.strictObject({
  consulateId: z.string().regex(/^[A-Z]{3}$/),
  /** One line, as read to a caller: street, suite, city, state or province, postal code. */
  address: z.string().min(10),
  /** Where the address was taken from; `memory` until someone checks it against the consulate's page. */
  source: z.string().min(1),
  confidence: z.enum(['high', 'low']),
});
const AddressFile = z.strictObject({ note: z.string(), addresses: z.array(Entry) });

export const CONSULATE_ADDRESSES_FILE = fileURLToPath(
  new URL('./data/consulate-addresses.json', import.meta.url),
);

/** Reads and validates the address file: one address per consulate code, or an error naming the file. */
export function loadConsulateAddresses(file: string = CONSULATE_ADDRESSES_FILE): ReadonlyMap<string, string> {
  const parsed = AddressFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`The consulate addresses ${file} are not valid:\n${z.prettifyError(parsed.error)}`);
  const byId = new Map<string, string>();
  for (const { consulateId, address } of parsed.data.addresses) {
    if (byId.has(consulateId)) throw new Error(`The consulate addresses ${file} name ${consulateId} twice`);
    byId.set(consulateId, address);
  }
  return byId;
}

let cached: ReadonlyMap<string, string> | null = null;

/** The project's address file, read once. */
export function consulateAddresses(): ReadonlyMap<string, string> {
  cached ??= loadConsulateAddresses();
  return cached;
}
