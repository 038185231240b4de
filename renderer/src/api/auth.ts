import { LoginResponse, User, type LoginBody } from '../../../shared/api/auth';
import type { Api } from './api-client-context';

export const login = (api: Api, body: LoginBody) =>
  api('/api/auth/login', { method: 'POST', body, schema: LoginResponse });
export const fetchMe = (api: Api) => api('/api/auth/me', { schema: User });
export const logout = (api: Api) => api('/api/auth/logout', { method: 'POST', schema: null });
