import { classifyTwilioError } from './twilio-errors';
import { DeliveryError, type MessageSender } from './message-sender';

/** The part of the official `twilio` client the sender uses (its Messages resource). */
export interface TwilioMessagesClient {
  messages: {
    create(params: {
      to: string;
      body: string;
      from?: string;
      messagingServiceSid?: string;
    }): Promise<{ sid: string }>;
  };
}

export interface TwilioSmsSettings {
  /** A Twilio number (E.164) to send from (TWILIO_SMS_FROM)… */
  from?: string;
  /** …or a Messaging Service that picks one (TWILIO_MESSAGING_SERVICE_SID). */
  messagingServiceSid?: string;
}

/**
 * SMS through Twilio Programmable Messaging (POST /2010-04-01/Accounts/{AccountSid}/Messages.json,
 * To, From or MessagingServiceSid, Body) with the official client. The provider id is the message's
 * SID. A 4xx answer (21211 invalid number, 21610 unsubscribed…) fails the message for good.
 */
export function createTwilioSmsSender(
  client: TwilioMessagesClient,
  settings: TwilioSmsSettings,
): MessageSender {
  if (!settings.from && !settings.messagingServiceSid)
    throw new Error('An SMS sender needs TWILIO_SMS_FROM or TWILIO_MESSAGING_SERVICE_SID');
  return {
    channel: 'sms',
    async send(message) {
      try {
        const sent = await client.messages.create({
          to: message.recipient,
          body: message.text,
          ...(settings.messagingServiceSid
            ? { messagingServiceSid: settings.messagingServiceSid }
            : { from: settings.from }),
        });
        return { providerId: sent.sid };
      } catch (error) {
        throw error instanceof DeliveryError ? error : classifyTwilioError(error);
      }
    },
    async close() {},
  };
}
