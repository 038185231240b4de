import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTokenStore, MEMORY_ONLY_WARNING, type TokenEncryption } from './token-store';

vi.mock('electron', () => ({}));

const TOKEN = 'Zq3xv0n1-session_token_base64url_abcdefghijkl';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tokenFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'miconsulado-tokens-'));
  dirs.push(dir);
  return join(dir, 'userData', 'session-token.bin');
}

/** A stand-in for safeStorage: "encrypts" by reversing bytes and prefixing a version tag. */
function fakeSafeStorage({ available = true, backend = 'gnome_libsecret' } = {}) {
  const encryption = {
    isAsyncEncryptionAvailable: vi.fn(async () => available),
    encryptStringAsync: vi.fn(async (plain: string) =>
      Buffer.concat([Buffer.from('v11'), Buffer.from(plain).reverse()]),
    ),
    decryptStringAsync: vi.fn(async (encrypted: Buffer) => {
      if (encrypted.subarray(0, 3).toString() !== 'v11')
        throw new Error('Error while decrypting the ciphertext');
      return { result: Buffer.from(encrypted.subarray(3)).reverse().toString(), shouldReEncrypt: false };
    }),
    getSelectedStorageBackend: vi.fn(() => backend),
  };
  return encryption as typeof encryption & TokenEncryption;
}

describe('the token store', () => {
  it('round-trips a token through safeStorage and a file, never in plaintext', async () => {
    const filePath = tokenFile();
    const encryption = fakeSafeStorage();
    await createTokenStore({ encryption, filePath, platform: 'linux' }).set(TOKEN);

    expect(encryption.encryptStringAsync).toHaveBeenCalledWith(TOKEN);
    expect(readFileSync(filePath).toString('latin1')).not.toContain(TOKEN);
    // A new run of the app reads it back.
    await expect(createTokenStore({ encryption, filePath, platform: 'linux' }).get()).resolves.toBe(TOKEN);
  });

  it('clears the token from memory and disk', async () => {
    const filePath = tokenFile();
    const store = createTokenStore({ encryption: fakeSafeStorage(), filePath, platform: 'win32' });
    await store.set(TOKEN);
    await store.clear();
    await expect(store.get()).resolves.toBeNull();
    expect(existsSync(filePath)).toBe(false);
  });

  it('keeps the token in memory only, and says so, when encryption is unavailable', async () => {
    const filePath = tokenFile();
    const encryption = fakeSafeStorage({ available: false });
    const warn = vi.fn();
    const store = createTokenStore({ encryption, filePath, platform: 'darwin', warn });
    await store.set(TOKEN);

    await expect(store.get()).resolves.toBe(TOKEN);
    expect(existsSync(filePath)).toBe(false);
    expect(encryption.encryptStringAsync).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(MEMORY_ONLY_WARNING);
    await expect(
      createTokenStore({ encryption, filePath, platform: 'darwin', warn }).get(),
    ).resolves.toBeNull();
  });

  it("treats Linux's basic_text backend (a constant key) as no encryption", async () => {
    const filePath = tokenFile();
    const encryption = fakeSafeStorage({ backend: 'basic_text' });
    await createTokenStore({ encryption, filePath, platform: 'linux', warn: () => {} }).set(TOKEN);
    expect(existsSync(filePath)).toBe(false);
    expect(encryption.encryptStringAsync).not.toHaveBeenCalled();
  });

  it('forgets a file it cannot decrypt', async () => {
    const filePath = tokenFile();
    const store = createTokenStore({ encryption: fakeSafeStorage(), filePath, platform: 'linux' });
    await store.set(TOKEN);
    writeFileSync(filePath, 'garbage');
    await expect(
      createTokenStore({ encryption: fakeSafeStorage(), filePath, platform: 'linux' }).get(),
    ).resolves.toBeNull();
    expect(existsSync(filePath)).toBe(false);
  });
});
