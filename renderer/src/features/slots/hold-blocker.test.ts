import { describe, expect, it } from 'vitest';
import { holdBlocker } from './hold-blocker';

describe('why a seat cannot be held', () => {
  it('asks for the caller, then the service, then the live connection', () => {
    expect(holdBlocker({ hasApplicant: false, procedureId: null, online: false })).toBe('noCaller');
    expect(holdBlocker({ hasApplicant: true, procedureId: null, online: false })).toBe('noProcedure');
    expect(holdBlocker({ hasApplicant: true, procedureId: 'matricula', online: false })).toBe('offline');
    expect(holdBlocker({ hasApplicant: true, procedureId: 'matricula', online: true })).toBeNull();
  });
});
