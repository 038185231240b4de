// @vitest-environment jsdom
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { noticeEmail } from './notice-email';
import { noticeSnapshot } from './notice-fixtures';

const KINDS = ['booked', 'rescheduled', 'cancelled', 'closed', 'waitlist_offer', 'reminder'] as const;

describe('the e-mail’s HTML passes axe (WCAG 2.2 A and AA rules that need no layout)', () => {
  for (const language of ['es', 'en'] as const) {
    it(`every kind, in ${language}`, async () => {
      for (const kind of KINDS) {
        const { html } = noticeEmail(
          noticeSnapshot({ kind, language, previous: { date: '2027-03-10', time: '10:30' } }),
        );
        document.documentElement.innerHTML = new DOMParser().parseFromString(
          html,
          'text/html',
        ).documentElement.innerHTML;
        document.documentElement.lang = html.match(/<html lang="([^"]+)"/)![1]!;
        const results = await axe.run(document, {
          runOnly: {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
          },
          // jsdom does no layout: contrast is checked by the colours chosen (#1a1a1a on #ffffff, 17:1).
          rules: { 'color-contrast': { enabled: false } },
        });
        expect({ kind, violations: results.violations.map((v) => `${v.id}: ${v.help}`) }).toEqual({
          kind,
          violations: [],
        });
      }
      // axe over jsdom takes a few seconds per language on a busy machine: not a timed assertion.
    }, 60_000);
  }
});
