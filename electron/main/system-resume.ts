/**
 * After sleep the console's socket and data are stale: tell every console page the system
 * resumed (`desktop:system-resumed`) so it resynchronises.
 */
import type { PowerMonitor, WebContents } from 'electron';
import { EventChannels } from '../../shared/ipc/channels';
import { isAppUrl } from './app-origin';

export function forwardSystemResume(
  powerMonitor: Pick<PowerMonitor, 'on'>,
  pages: () => WebContents[],
): void {
  powerMonitor.on('resume', () => {
    for (const page of pages()) {
      if (!page.isDestroyed() && isAppUrl(page.getURL())) page.send(EventChannels.systemResumed);
    }
  });
}
