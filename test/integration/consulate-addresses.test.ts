/**
 * Where to go: GET /api/consulates answers each consulate's street address (an extra field the
 * contract allows), as the reference data file holds it, for the booking's read-back.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsulateList } from '../../shared/api/reference/consulates';
import { login, type Session } from '../support/api-client';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let operator: Session;

beforeAll(async () => {
  server = await startTestServer();
  operator = await login(server.url, 'operator1');
});

afterAll(async () => {
  await server?.close();
});

const file = JSON.parse(
  readFileSync(
    new URL('../../server/modules/reference/data/consulate-addresses.json', import.meta.url),
    'utf8',
  ),
) as { addresses: { consulateId: string; address: string }[] };

describe('the consulates’ addresses', () => {
  it('come with every consulate, as the reference file gives them', async () => {
    const response = await operator.api.get('/api/consulates');
    expect(response.status).toBe(200);
    const items = ConsulateList.parse(response.body).items;
    expect(items).toHaveLength(57);
    const expected = new Map(file.addresses.map((a) => [a.consulateId, a.address]));
    for (const consulate of items) expect(consulate.address, consulate.id).toBe(expected.get(consulate.id));
    expect(items.find((c) => c.id === 'SAN')?.address).toMatch(/San Diego, CA \d{5}$/);
  });
});
