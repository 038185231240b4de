/** The SQL dialects the repositories speak. Migrations branch on it only where SQL differs. */
export type SqlDialect = 'sqlite' | 'postgres';
