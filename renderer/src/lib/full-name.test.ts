import { describe, expect, it } from 'vitest';
import { fullName } from './full-name';

describe('fullName', () => {
  it('joins given names and both surnames, skipping a missing second surname', () => {
    expect(
      fullName({ givenNames: 'María Guadalupe', firstSurname: 'Núñez', secondSurname: 'de la Cruz' }),
    ).toBe('María Guadalupe Núñez de la Cruz');
    expect(fullName({ givenNames: 'Ana', firstSurname: 'Ruiz', secondSurname: null })).toBe('Ana Ruiz');
  });
});
