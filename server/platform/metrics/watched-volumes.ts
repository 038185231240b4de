import { dirname, resolve } from 'node:path';

/**
 * The file systems whose space the metrics watch: `database`, the folder of the SQLite file (none
 * on PostgreSQL or in memory: its disk is the database server's), and `backups`, BACKUP_DIR when set.
 */
export function watchedVolumes(config: {
  DATABASE_URL: string;
  BACKUP_DIR?: string | undefined;
}): { volume: string; path: string }[] {
  const volumes: { volume: string; path: string }[] = [];
  const file = config.DATABASE_URL.startsWith('sqlite:') ? config.DATABASE_URL.slice('sqlite:'.length) : '';
  if (file !== '' && file !== ':memory:') volumes.push({ volume: 'database', path: dirname(resolve(file)) });
  if (config.BACKUP_DIR) volumes.push({ volume: 'backups', path: config.BACKUP_DIR });
  return volumes;
}
