import { Call, type EndCallBody } from '../../../shared/api/calls';
import type { Api } from './api-client-context';

export const startCall = (api: Api) => api('/api/calls', { method: 'POST', body: {}, schema: Call });
export const endCall = (api: Api, callId: string, body: EndCallBody) =>
  api(`/api/calls/${encodeURIComponent(callId)}/end`, { method: 'POST', body, schema: Call });
