/**
 * Where the server is. In Electron the preload names it; in a browser the console is served by the
 * server itself, so it is the page's own origin. `?server=` overrides both (development with Vite).
 */
export function resolveServerUrl(
  location: Pick<Location, 'origin' | 'search'>,
  desktopServerUrl?: string,
): string {
  const fromQuery = new URLSearchParams(location.search).get('server');
  const url = fromQuery ?? desktopServerUrl ?? location.origin;
  return url.replace(/\/+$/, '');
}

export const serverUrl = (): string => resolveServerUrl(window.location, window.miconsulado?.serverUrl);
