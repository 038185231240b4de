import { hashPassword } from '../modules/auth';
import type { Role } from '../../shared/api/auth';

export interface DemoUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

const numbered = (prefix: string, count: number, role: Role, label: string): DemoUser[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `usr_${prefix}${i + 1}`,
    username: `${prefix}${i + 1}`,
    displayName: `${label} ${i + 1}`,
    role,
  }));

/** The demo users of CONTRACT.md: operator1…40, lead1–2, trainee1…5, admin1. */
export const demoUsers: readonly DemoUser[] = [
  ...numbered('operator', 40, 'operator', 'Operador'),
  ...numbered('lead', 2, 'lead', 'Líder de turno'),
  ...numbered('trainee', 5, 'trainee', 'Aprendiz'),
  ...numbered('admin', 1, 'admin', 'Administración'),
];

/**
 * The demo users share one password, so they share one hash (scrypt costs ~0.2 s of CPU; 48 of
 * them were most of the seed's time). Users registered for real each get their own salt.
 */
export async function demoUserRows(password: string, createdAt: string) {
  const passwordHash = await hashPassword(password);
  return demoUsers.map((u) => ({ ...u, passwordHash, createdAt }));
}
