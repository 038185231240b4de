/**
 * Desktop notifications from the main process: the page never gets the web Notification
 * permission (see session-policy.ts). Clicking one brings the console forward.
 */
import { Notification, type BrowserWindow } from 'electron';
import type { DesktopNotification } from '../../../shared/ipc/schemas';

export function showNotification({ title, body }: DesktopNotification, owner: BrowserWindow | null): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title, body });
  notification.on('click', () => {
    if (owner === null || owner.isDestroyed()) return;
    if (owner.isMinimized()) owner.restore();
    owner.focus();
  });
  notification.show();
}
