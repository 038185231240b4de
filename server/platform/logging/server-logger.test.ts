import { describe, expect, it } from 'vitest';
import { requestIdOf } from './request-id';
import { createServerLogger, lifecycleLogger } from './server-logger';

function capture(level = 'info') {
  const lines: string[] = [];
  const logger = createServerLogger({ level, instanceId: 'web-a', write: (line) => lines.push(line) });
  return { logger, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('the server logger', () => {
  it('writes one JSON object per line with time, level name, instance and msg', () => {
    const { logger, parsed, lines } = capture();
    logger.info({ routedCalls: 3 }, 'routing started');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(parsed()[0]).toEqual({
      time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      level: 'info',
      instance: 'web-a',
      routedCalls: 3,
      msg: 'routing started',
    });
  });

  it('censors fields named like personal data or raw input, at any depth', () => {
    const { logger, parsed } = capture();
    logger.warn(
      {
        applicant: { id: 'app_1', curp: 'NUPJ900412HJCXXA09', givenNames: 'José', firstSurname: 'Núñez' },
        call: { id: 'cal_1', from: '+16025550199' },
        request: { headers: { authorization: 'Bearer secret' }, query: { q: 'Núñez' } },
      },
      'lookup',
    );
    const line = parsed()[0];
    expect(line).toMatchObject({
      applicant: { id: 'app_1', curp: '[censored]', givenNames: '[censored]', firstSurname: '[censored]' },
      call: { id: 'cal_1', from: '[censored]' },
      request: { headers: '[censored]', query: '[censored]' },
    });
  });

  it("keeps an error's class, code, message and stack, drops the driver's detail, and scrubs what looks like personal data", () => {
    const { logger, parsed, lines } = capture();
    const error = Object.assign(new Error('duplicate key for jose@example.org, CURP NUPJ900412HJCXXA09'), {
      code: '23505',
      detail: 'Key (curp)=(NUPJ900412HJCXXA09) already exists.',
      parameters: ['José', 'Núñez'],
    });
    logger.error({ err: error }, 'booking failed for (602) 555-0199');
    const line = parsed()[0] as { err: Record<string, unknown>; msg: string };
    expect(Object.keys(line.err).sort()).toEqual(['code', 'message', 'stack', 'type']);
    expect(line.err).toMatchObject({
      type: 'Error',
      code: '23505',
      message: 'duplicate key for [email], CURP [curp]',
    });
    expect(line.msg).toBe('booking failed for [phone]');
    expect(lines[0]).not.toMatch(/NUPJ900412|jose@|555-0199|Núñez/);
  });

  it('scrubs a query string from any text: URLs carry search terms', () => {
    const { logger, lines } = capture();
    logger.warn('Reply was already sent in "/api/applicants?q=N%C3%BA%C3%B1ez%20Pe%C3%B1a&limit=5" (GET)');
    expect(JSON.parse(lines[0] as string).msg).toBe(
      'Reply was already sent in "/api/applicants?[query]" (GET)',
    );
  });

  it('writes the lifecycle lines at info under LOG_LEVEL=warn, and nothing under silent', () => {
    const warn = capture('warn');
    warn.logger.info('not this one');
    lifecycleLogger(warn.logger).info('listening on http://127.0.0.1:4000');
    expect(warn.parsed().map((l) => l.msg)).toEqual(['listening on http://127.0.0.1:4000']);
    const silent = capture('silent');
    lifecycleLogger(silent.logger).info('listening');
    expect(silent.lines).toEqual([]);
  });
});

describe('request ids', () => {
  const of = (value?: string) =>
    requestIdOf({ headers: value === undefined ? {} : { 'x-request-id': value } });

  it("keeps a proxy's id and replaces free text, long values and nothing with a new UUID", () => {
    expect(of('proxy-7f3a9c21')).toBe('proxy-7f3a9c21');
    expect(of('0af7651916cd43dd8448eb211c80319c')).toBe('0af7651916cd43dd8448eb211c80319c');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const bad of [undefined, '', 'short', 'José Núñez', 'a'.repeat(65), 'x"}\n{"level":"fatal'])
      expect(of(bad), String(bad)).toMatch(uuid);
  });
});
