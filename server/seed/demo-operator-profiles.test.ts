import { describe, expect, it } from 'vitest';
import { demoQueueMembers } from './demo-queues';
import { demoOperatorProfiles } from './demo-operator-profiles';
import { demoUsers } from './demo-users';

describe('demo operator profiles', () => {
  const profiles = demoOperatorProfiles(demoUsers);

  it('gives every operator Spanish, about a third English too, and nobody auto-answer', () => {
    expect(profiles).toHaveLength(40);
    expect(profiles.every((p) => String(p.languages).split(',').includes('es'))).toBe(true);
    expect(profiles.filter((p) => p.languages === 'es,en').map((p) => p.user_id)).toEqual(
      [1, 4, 7, 11, 14, 17, 21, 24, 27, 31, 34, 37].map((n) => `usr_operator${n}`),
    );
    expect(profiles.every((p) => p.auto_answer === 0)).toBe(true);
  });

  it('leaves an English speaker and a Spanish-only operator on every queue', () => {
    const languagesOf = new Map(profiles.map((p) => [p.user_id, p.languages]));
    const byQueue = new Map<string, string[]>();
    for (const m of demoQueueMembers(demoUsers, '2027-01-04T14:00:00.000Z'))
      byQueue.set(String(m.queue_id), [
        ...(byQueue.get(String(m.queue_id)) ?? []),
        String(languagesOf.get(m.user_id)),
      ]);
    for (const [queueId, languages] of byQueue) {
      expect(languages, queueId).toContain('es,en');
      expect(languages, queueId).toContain('es');
    }
  });
});
