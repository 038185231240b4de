import type { Session, WebContents } from 'electron';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applySessionPolicy, guardWebContents } from './session-policy';

vi.mock('electron', () => ({}));

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

type RequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void;
type CheckHandler = (webContents: unknown, permission: string, requestingOrigin: string) => boolean;

function policedSession() {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  applySessionPolicy(session as unknown as Session);
  return {
    request: session.setPermissionRequestHandler.mock.calls[0]?.[0] as RequestHandler,
    check: session.setPermissionCheckHandler.mock.calls[0]?.[0] as CheckHandler,
    device: session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean,
  };
}

const page = (url: string) => ({ getURL: () => url });
const APP = 'app://console/index.html';

describe('permissions', () => {
  it('denies every permission request from the console', () => {
    const { request } = policedSession();
    for (const permission of [
      'notifications',
      'geolocation',
      'media',
      'clipboard-read',
      'display-capture',
      'openExternal',
      'fullscreen',
      'hid',
      'serial',
      'usb',
      'unknown',
    ]) {
      const callback = vi.fn();
      request(page(APP), permission, callback, { requestingUrl: APP });
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
  });

  it('denies every permission check and device access', () => {
    const { check, device } = policedSession();
    for (const permission of ['notifications', 'geolocation', 'media', 'clipboard-read']) {
      expect(check(page(APP), permission, 'app://console')).toBe(false);
    }
    expect(device()).toBe(false);
  });

  it('lets only the console itself write text to the clipboard', () => {
    const { request, check } = policedSession();
    const granted = vi.fn();
    request(page(APP), 'clipboard-sanitized-write', granted, { requestingUrl: APP });
    expect(granted).toHaveBeenCalledWith(true);
    expect(check(page(APP), 'clipboard-sanitized-write', 'app://console')).toBe(true);

    const foreign = vi.fn();
    request(page('https://evil.example/'), 'clipboard-sanitized-write', foreign, {
      requestingUrl: 'https://evil.example/',
    });
    expect(foreign).toHaveBeenCalledWith(false);
    expect(check(page(APP), 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
  });
});

describe('navigation and new windows', () => {
  function guarded() {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    guardWebContents(contents as unknown as WebContents);
    return contents;
  }
  const navigation = (url: string) => ({ url, preventDefault: vi.fn() });

  it('prevents navigation away from app://console', () => {
    const contents = guarded();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of [
        'https://evil.example/',
        'http://127.0.0.1:4000/',
        'file:///etc/passwd',
        'app://other/index.html',
        'javascript:alert(1)',
      ]) {
        const event = navigation(url);
        contents.emit(name, event);
        expect(event.preventDefault, `${name} ${url}`).toHaveBeenCalled();
      }
    }
  });

  it('lets the console move within its own origin', () => {
    const contents = guarded();
    const event = navigation('app://console/index.html#/agenda');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('denies window.open', () => {
    const contents = guarded();
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => {
      action: string;
    };
    expect(openHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: APP })).toEqual({ action: 'deny' });
  });

  it('never attaches a <webview>', () => {
    const contents = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
