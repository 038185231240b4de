import { describe, expect, it } from 'vitest';
import { DESKTOP_CHANNEL_PREFIX, EventChannels, InvokeChannels } from './channels';
import { desktopInvokeContract, PrintConfirmationRequest, ServerUrl, SessionToken } from './schemas';

describe('the desktop IPC contract', () => {
  it('prefixes every channel with desktop: and gives every invoke channel a schema', () => {
    for (const channel of [...Object.values(InvokeChannels), ...Object.values(EventChannels)]) {
      expect(channel.startsWith(DESKTOP_CHANNEL_PREFIX)).toBe(true);
    }
    expect(Object.keys(desktopInvokeContract).sort()).toEqual(Object.values(InvokeChannels).sort());
  });

  it('takes only real confirmation codes, so a file name cannot be smuggled in', () => {
    expect(PrintConfirmationRequest.safeParse({ confirmationCode: 'ABC2345' }).success).toBe(true);
    for (const code of ['abc2345', 'ABC234', '../../x', 'ABC 234', 'ABC2345/']) {
      expect(PrintConfirmationRequest.safeParse({ confirmationCode: code }).success, code).toBe(false);
    }
  });

  it('takes tokens of printable ASCII only', () => {
    expect(SessionToken.safeParse('Zq3_-x').success).toBe(true);
    for (const token of ['', 'has space', 'línea', 'a'.repeat(513), 'a\nb'])
      expect(SessionToken.safeParse(token).success).toBe(false);
  });

  it('reduces the server URL to an http(s) origin', () => {
    expect(ServerUrl.parse('http://127.0.0.1:4000/')).toBe('http://127.0.0.1:4000');
    expect(ServerUrl.safeParse('file:///etc/passwd').success).toBe(false);
  });
});
