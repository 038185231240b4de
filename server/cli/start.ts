/**
 * `npm start` on a fresh machine: the server on the embedded SQLite database, filled with the
 * demo seed the first time. (The console opens on top of it once the renderer lands.)
 */
process.env.SEED ??= 'demo';
await import('../main');

export {};
