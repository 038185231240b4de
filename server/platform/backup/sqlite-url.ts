/** The file a `sqlite:<path>` DATABASE_URL names; null for PostgreSQL. `:memory:` has no file to copy. */
export function sqliteFileOf(databaseUrl: string): string | null {
  if (!databaseUrl.startsWith('sqlite:')) return null;
  const path = databaseUrl.slice('sqlite:'.length);
  if (path === '' || path === ':memory:')
    throw new Error(`DATABASE_URL ${databaseUrl} names no file: an in-memory database cannot be backed up`);
  return path;
}
