import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { fixtureSeedNote } from './fixture-random';

// Each test renders into a fresh document.
afterEach(() => cleanup());

// A failure says which random fixtures it ran with, so that it can be replayed.
afterEach((context) => {
  const note = context.task.result?.state === 'fail' ? fixtureSeedNote() : null;
  if (note) console.error(`${context.task.name}: ${note}`);
});
