import type { PowerMonitor, WebContents } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { forwardSystemResume } from './system-resume';

vi.mock('electron', () => ({}));

describe('system resume', () => {
  it('tells every console page, and only console pages, that the system woke up', () => {
    const powerMonitor = new EventEmitter();
    const page = (url: string) => ({ getURL: () => url, isDestroyed: () => false, send: vi.fn() });
    const console_ = page('app://console/index.html');
    const devtools = page('devtools://devtools/bundled/inspector.html');
    forwardSystemResume(
      powerMonitor as unknown as PowerMonitor,
      () => [console_, devtools] as unknown as WebContents[],
    );

    powerMonitor.emit('resume');
    expect(console_.send).toHaveBeenCalledWith('desktop:system-resumed');
    expect(devtools.send).not.toHaveBeenCalled();
  });
});
