import { hashPassword } from '../auth/passwords';
import type { Role } from '../../shared/api/auth';

export interface DemoUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

const numbered = (prefix: string, count: number, role: Role, label: string): DemoUser[] =>
  Array.from({ length: count }, (_, i) => ({ id: `usr_${prefix}${i + 1}`, username: `${prefix}${i + 1}`, displayName: `${label} ${i + 1}`, role }));

/** The demo users of CONTRACT.md: operator1…40, lead1–2, trainee1…5, admin1. */
export const demoUsers: readonly DemoUser[] = [
  ...numbered('operator', 40, 'operator', 'Operador'),
  ...numbered('lead', 2, 'lead', 'Líder de turno'),
  ...numbered('trainee', 5, 'trainee', 'Aprendiz'),
  ...numbered('admin', 1, 'admin', 'Administración'),
];

/** Each user gets its own salt; the hashes run in parallel on libuv's thread pool. */
export async function demoUserRows(password: string, createdAt: string) {
  return Promise.all(demoUsers.map(async (u) => ({ ...u, passwordHash: await hashPassword(password), createdAt })));
}
