import { describe, expect, it } from 'vitest';
import { Queue } from '../../shared/api/floor/queues';
import { presentQueue } from '../modules/floor/present-floor';
import { consulates } from '../modules/reference/consulates';
import { procedureById } from '../modules/reference/procedures';
import { demoQueueMembers, demoQueueRows } from './demo-queues';
import { demoUsers } from './demo-users';

describe('the demo queues', () => {
  const rows = demoQueueRows();
  const queues = rows.map((r) =>
    presentQueue({ service_level_target: 0.8, service_level_seconds: 20, ...r, sort_order: r.sort_order }),
  );

  it('are valid queues with names in Spanish and English', () => {
    for (const queue of queues) expect(Queue.parse(queue)).toEqual(queue);
    expect(new Set(queues.map((q) => q.id)).size).toBe(queues.length);
    expect(queues.length).toBeGreaterThanOrEqual(6);
  });

  it('put each of the 57 consulates in exactly one region queue', () => {
    const served = queues.filter((q) => q.kind === 'region').flatMap((q) => q.servesFirst.consulateIds);
    expect(served.toSorted()).toEqual(consulates.map((c) => c.id).toSorted());
  });

  it('serve procedure families of procedures that exist, passports among them', () => {
    const families = queues.filter((q) => q.kind === 'procedure_family');
    expect(families.length).toBeGreaterThanOrEqual(1);
    for (const family of families)
      for (const id of family.servesFirst.procedureIds) expect(procedureById(id), id).toBeDefined();
    expect(families.flatMap((f) => f.servesFirst.procedureIds)).toEqual(
      expect.arrayContaining(['passport-first', 'passport-renewal', 'passport-minor']),
    );
  });

  it('get operator1…operator40, and only operators, spread evenly and the same every time', () => {
    const members = demoQueueMembers(demoUsers, '2026-03-01T00:00:00.000Z');
    expect(members.map((m) => m.user_id)).toEqual(
      demoUsers.filter((u) => u.role === 'operator').map((u) => u.id),
    );
    expect(members).toHaveLength(40);
    const perQueue = new Map<string, number>();
    for (const m of members) perQueue.set(m.queue_id, (perQueue.get(m.queue_id) ?? 0) + 1);
    expect(perQueue.size).toBe(queues.length);
    expect(Math.max(...perQueue.values()) - Math.min(...perQueue.values())).toBeLessThanOrEqual(1);
    expect(demoQueueMembers(demoUsers, '2026-03-01T00:00:00.000Z')).toEqual(members);
  });
});
