import { Hold, type CreateHoldBody } from '../../../shared/api/booking/holds';
import type { Api } from './api-client-context';

export const createHold = (api: Api, body: CreateHoldBody) =>
  api('/api/holds', { method: 'POST', body, schema: Hold });
export const extendHold = (api: Api, holdId: string) =>
  api(`/api/holds/${encodeURIComponent(holdId)}/extend`, { method: 'POST', schema: Hold });
export const releaseHold = (api: Api, holdId: string, options: { keepalive?: boolean } = {}) =>
  api(`/api/holds/${encodeURIComponent(holdId)}`, {
    method: 'DELETE',
    schema: null,
    keepalive: options.keepalive,
  });
