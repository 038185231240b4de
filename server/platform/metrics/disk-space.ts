import { statfs } from 'node:fs/promises';

export interface DiskSpace {
  freeBytes: number;
  sizeBytes: number;
}

/**
 * Free and total bytes of the file system holding `path` (free: what an unprivileged process may
 * still write, as `df` shows it); null when the path does not exist (yet).
 */
export async function diskSpaceAt(path: string): Promise<DiskSpace | null> {
  try {
    const stats = await statfs(path);
    return { freeBytes: stats.bavail * stats.bsize, sizeBytes: stats.blocks * stats.bsize };
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
}
