/** Recognises constraint violations of either dialect, so callers can turn them into refusals. */
function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : '';
}

export const isUniqueViolation = (error: unknown) => {
  const code = codeOf(error);
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
};

export const isCheckViolation = (error: unknown) => {
  const code = codeOf(error);
  return code === 'SQLITE_CONSTRAINT_CHECK' || code === '23514';
};

/** A row that names a missing parent, or a parent removed while rows still name it. */
export const isForeignKeyViolation = (error: unknown) => {
  const code = codeOf(error);
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503';
};
