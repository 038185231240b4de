import twilio from 'twilio';

/**
 * Whether a webhook was signed by Twilio with our auth token. Twilio signs the URL it called plus the
 * POSTed parameters (HMAC-SHA1, header X-Twilio-Signature). The URL is rebuilt from TWILIO_PUBLIC_URL
 * and the request's path, never from the Host header: behind a proxy the Host and scheme the server
 * sees are not the ones Twilio called, and the Host header is the sender's to choose — trusting it
 * would let a request pick the URL its signature is checked against.
 */
export function isSignedByTwilio(
  authToken: string,
  signature: string | undefined,
  url: string,
  params: Record<string, string>,
): boolean {
  if (!signature) return false;
  return twilio.validateRequest(authToken, signature, url, params);
}
