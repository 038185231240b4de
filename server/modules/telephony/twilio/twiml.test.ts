import { describe, expect, it } from 'vitest';
import routingRules from '../../routing/routing-rules.json';
import {
  dialOperatorTwiml,
  holdTwiml,
  languageMenuTwiml,
  sayAndHangUpTwiml,
  serviceMenuTwiml,
} from './twiml';
import { isServiceKey, languageOfKey, twilioMenu } from './twilio-menu';

const targets = {
  actionUrl: 'https://line.example.org/v?step=language',
  noInputUrl: 'https://line.example.org/v?lang=es',
};

describe("the phone line's TwiML", () => {
  it('asks for the language with one key, in Spanish first and English second, and falls through when none comes', () => {
    const xml = languageMenuTwiml(targets);
    expect(xml).toContain(
      '<Gather input="dtmf" numDigits="1" timeout="6" action="https://line.example.org/v?step=language" method="POST">',
    );
    expect(xml.indexOf(twilioMenu.text.languageMenu.es)).toBeGreaterThan(0);
    expect(xml.indexOf(twilioMenu.text.languageMenu.en)).toBeGreaterThan(
      xml.indexOf(twilioMenu.text.languageMenu.es),
    );
    expect(xml).toMatch(
      /<\/Gather><Redirect method="POST">https:\/\/line.example.org\/v\?lang=es<\/Redirect><\/Response>$/,
    );
  });

  it('asks what the call is about in the language chosen, saying first when the last key was not valid', () => {
    const xml = serviceMenuTwiml('en', { ...targets, invalidChoice: true });
    expect(xml).toContain(
      `<Say language="en-US">${twilioMenu.text.invalidChoice.en}</Say><Say language="en-US">`,
    );
    expect(xml).toContain(twilioMenu.text.serviceMenu.en);
    expect(xml).not.toContain(twilioMenu.text.serviceMenu.es);
  });

  it('holds the caller in their language with music looped until the call is redirected', () => {
    expect(holdTwiml('en', 'https://example.org/hold.mp3')).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><Response><Say language="en-US">${twilioMenu.text.hold.en}</Say><Play loop="0">https://example.org/hold.mp3</Play></Response>`,
    );
  });

  it('escapes what it writes', () => {
    expect(dialOperatorTwiml({ kind: 'client', identity: 'a<b>&c' })).toContain(
      '<Client>a&lt;b&gt;&amp;c</Client>',
    );
  });

  it('closes the line after a message in both languages', () => {
    expect(sayAndHangUpTwiml('unavailable')).toMatch(
      /<Say language="es-MX">.*<Say language="en-US">.*<Hangup\/><\/Response>$/,
    );
  });
});

describe("the phone line's menu", () => {
  it('offers exactly the keys the routing rules send to a queue', () => {
    expect([...twilioMenu.serviceKeys].sort()).toEqual(Object.keys(routingRules.ivrChoices).sort());
  });

  it('knows the language of each key of the first menu, and no other key', () => {
    expect(languageOfKey('1')).toBe('es');
    expect(languageOfKey('2')).toBe('en');
    expect(languageOfKey('3')).toBeNull();
    expect(languageOfKey('toString')).toBeNull();
    expect(isServiceKey('9')).toBe(true);
    expect(isServiceKey('0')).toBe(false);
    expect(isServiceKey('11')).toBe(false);
  });
});
