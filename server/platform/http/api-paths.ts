/** Paths the API and socket.io own; everything else a browser GETs belongs to the console. */
export function isApiPath(path: string): boolean {
  return (
    path === '/api' || path.startsWith('/api/') || path === '/socket.io' || path.startsWith('/socket.io/')
  );
}

/** The path of a request target, without its query or fragment. */
export const pathOf = (rawUrl: string) => rawUrl.split(/[?#]/, 1)[0] ?? '';
