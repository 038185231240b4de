import { useEffect, useRef } from 'react';
import type { CallOfferedPayload } from '../../../../../shared/api/routing';

/**
 * In the desktop shell, a system notification for an offer that rings while the console's window
 * is not focused (clicking it brings the window forward: electron/main/ipc/notifications.ts). Once
 * per offer; in a browser there is no shell and the banner and ring are all.
 */
export function useOfferNotification(
  offer: CallOfferedPayload | null,
  text: (offer: CallOfferedPayload) => { title: string; body: string },
): void {
  const notified = useRef<string | null>(null);
  const textRef = useRef(text);
  textRef.current = text;
  useEffect(() => {
    if (!offer || notified.current === offer.offerId) return;
    notified.current = offer.offerId;
    if (typeof document !== 'undefined' && document.hasFocus()) return;
    void window.miconsulado?.notify(textRef.current(offer)).catch(() => undefined);
  }, [offer]);
}
