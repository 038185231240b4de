/**
 * The operator's session token, encrypted with the OS keychain through `safeStorage` and kept in
 * one file under `userData`. Where the OS offers no real encryption (no keychain, or Linux's
 * `basic_text` fallback, whose key is a constant) the token is never written: it lives in memory
 * only, and the operator signs in again after a restart.
 */
import type { SafeStorage } from 'electron';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface TokenStore {
  get(): Promise<string | null>;
  set(token: string): Promise<void>;
  clear(): Promise<void>;
}

export type TokenEncryption = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

export interface TokenStoreOptions {
  encryption: TokenEncryption;
  /** e.g. `<userData>/session-token.bin` */
  filePath: string;
  platform: NodeJS.Platform;
  warn?: (message: string) => void;
}

export const MEMORY_ONLY_WARNING =
  'safeStorage encryption is not available: the session token is kept in memory only and is not saved to disk';

export function createTokenStore({
  encryption,
  filePath,
  platform,
  warn = console.warn,
}: TokenStoreOptions): TokenStore {
  let current: string | null = null;

  async function canEncrypt(): Promise<boolean> {
    if (!(await encryption.isAsyncEncryptionAvailable())) return false;
    // On Linux without a keyring safeStorage "encrypts" with a hard-coded key: that is plaintext.
    return !(platform === 'linux' && encryption.getSelectedStorageBackend() === 'basic_text');
  }

  async function persist(token: string): Promise<void> {
    const encrypted = await encryption.encryptStringAsync(token);
    await mkdir(dirname(filePath), { recursive: true });
    const temporary = `${filePath}.tmp`;
    await writeFile(temporary, encrypted, { mode: 0o600 });
    await rename(temporary, filePath);
  }

  async function load(): Promise<string | null> {
    let encrypted: Buffer;
    try {
      encrypted = await readFile(filePath);
    } catch {
      return null;
    }
    try {
      const { result, shouldReEncrypt } = await encryption.decryptStringAsync(encrypted);
      if (shouldReEncrypt) await persist(result);
      return result;
    } catch {
      // Written under another key or damaged: useless, so forget it.
      await rm(filePath, { force: true });
      return null;
    }
  }

  return {
    async get() {
      if (current === null && (await canEncrypt())) current = await load();
      return current;
    },
    async set(token) {
      current = token;
      if (await canEncrypt()) {
        await persist(token);
      } else {
        warn(MEMORY_ONLY_WARNING);
        // An older token on disk would outlive this sign-in: remove it.
        await rm(filePath, { force: true });
      }
    },
    async clear() {
      current = null;
      await rm(filePath, { force: true });
    },
  };
}
