import { describe, expect, it } from 'vitest';
import { birthDatesIn } from './birth-dates-in-query';

const day = (from: string, to: string) => ({ from, to });

describe('birthDatesIn', () => {
  it('takes an ISO, a day-first or a written date out of the names', () => {
    expect(birthDatesIn('Ramon Gonzales 1985-03-14')).toEqual({
      rest: 'Ramon Gonzales  ',
      born: [day('1985-03-14', '1985-03-15')],
    });
    expect(birthDatesIn('14/03/1985 Ramón').born).toEqual([day('1985-03-14', '1985-03-15')]);
    expect(birthDatesIn('ramon 14.03.1985').born).toEqual([day('1985-03-14', '1985-03-15')]);
    expect(birthDatesIn('ramon 14 de marzo de 1985').born).toEqual([day('1985-03-14', '1985-03-15')]);
    expect(birthDatesIn('ramon 31 dic 1999').born).toEqual([day('1999-12-31', '2000-01-01')]);
  });

  it('reads month first when day first is impossible, and both when both are possible', () => {
    expect(birthDatesIn('3/14/1985').born).toEqual([day('1985-03-14', '1985-03-15')]);
    expect(birthDatesIn('03/04/1985').born).toEqual([
      day('1985-04-03', '1985-04-04'),
      day('1985-03-04', '1985-03-05'),
    ]);
    expect(birthDatesIn('05/05/1985').born).toEqual([day('1985-05-05', '1985-05-06')]);
  });

  it('narrows to a year typed alone', () => {
    expect(birthDatesIn('Ramon 1990')).toEqual({ rest: 'Ramon  ', born: [day('1990-01-01', '1991-01-01')] });
  });

  it('drops an impossible date without narrowing, and leaves other text alone', () => {
    expect(birthDatesIn('ramon 1985-02-30')).toEqual({ rest: 'ramon  ', born: [] });
    expect(birthDatesIn('ramon gonzales')).toEqual({ rest: 'ramon gonzales', born: [] });
    expect(birthDatesIn('leap 29/02/2000').born).toEqual([day('2000-02-29', '2000-03-01')]);
    expect(birthDatesIn('leap 29/02/1900').born).toEqual([]);
  });
});
