/**
 * How instances tell each other that an event committed: PostgreSQL NOTIFY on one channel, with
 * the sandbox, consulate and number in the payload (delivered only on commit, in commit order).
 */
const CHANNEL = 'miconsulado_slot_events';

/**
 * NOTIFY channels belong to the whole database, not to a schema: instances on another schema of
 * the same database (tests, a staging copy) get their own channel, or their numbers would mix.
 */
export function slotEventChannel(databaseUrl: string): string {
  const schema = new URL(databaseUrl).searchParams.get('schema');
  return schema ? `${CHANNEL}_${schema.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}`.slice(0, 63) : CHANNEL;
}

export interface SlotEventKey {
  sandbox: string;
  consulateId: string;
}

export const slotEventKey = (sandbox: string, consulateId: string) => `${sandbox}|${consulateId}`;

/** A notice is this prefix followed by the event's number (the number is added in SQL, at append). */
export const noticePrefix = (sandbox: string, consulateId: string) => `${sandbox}|${consulateId}|`;

/** The notice's fields, or null for a payload this version does not understand. */
export function decodeNotice(payload: string | undefined): (SlotEventKey & { seq: number }) | null {
  const parts = payload?.split('|');
  if (parts?.length !== 3) return null;
  const [sandbox, consulateId, seqText] = parts as [string, string, string];
  const seq = Number(seqText);
  return sandbox && consulateId && Number.isInteger(seq) && seq > 0 ? { sandbox, consulateId, seq } : null;
}
