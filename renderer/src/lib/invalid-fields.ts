import { z } from 'zod';
import { messageEntries, type MessageId } from '../i18n/catalog';

const FieldList = z.array(z.object({ field: z.string() }).loose());

/**
 * The catalog labels of the fields a 400 invalid_request names in its details (`body.birthDate`,
 * `body.shifts.0.start`: the last name in each path), once each, in the server's order; fields
 * the console has no label for are left out.
 */
export function invalidFieldLabels(details: unknown): MessageId[] {
  const parsed = FieldList.safeParse(details);
  if (!parsed.success) return [];
  const ids = new Set<MessageId>();
  for (const { field } of parsed.data) {
    const name = field
      .split('.')
      .filter((part) => part !== '' && !/^\d+$/.test(part))
      .at(-1);
    const id = `field.${name ?? ''}`;
    if (id in messageEntries) ids.add(id as MessageId);
  }
  return [...ids];
}
