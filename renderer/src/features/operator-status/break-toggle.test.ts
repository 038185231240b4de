import { describe, expect, it } from 'vitest';
import { breakToggle } from './break-toggle';

describe('the break key (Alt+B)', () => {
  it('takes a break when available, and comes back from a break or from offline', () => {
    expect(breakToggle({ state: 'available', pendingState: null })).toEqual({
      ask: 'break',
      label: 'takeBreak',
    });
    expect(breakToggle({ state: 'break', pendingState: null })).toEqual({
      ask: 'available',
      label: 'backToAvailable',
    });
    expect(breakToggle({ state: 'offline', pendingState: null })).toEqual({
      ask: 'available',
      label: 'backToAvailable',
    });
  });

  it('during a call asks for the break after it; once pending, the call has to end first', () => {
    expect(breakToggle({ state: 'on_call', pendingState: null })).toEqual({
      ask: 'break',
      label: 'breakAfterCall',
    });
    expect(breakToggle({ state: 'wrap_up', pendingState: null })).toEqual({
      ask: 'break',
      label: 'breakAfterCall',
    });
    expect(breakToggle({ state: 'on_call', pendingState: 'break' })).toBeNull();
    expect(breakToggle({ state: 'wrap_up', pendingState: 'offline' })).toBeNull();
  });
});
