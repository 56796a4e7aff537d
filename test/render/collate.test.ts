import { describe, expect, it } from 'vitest';
import { sortBy, surnameKey, titleKey } from '../../src/render/collate.js';

describe('lists in each language’s order', () => {
  it('people by surname, not by first name', () => {
    const names = ['Joseph Stalin', 'Nikolai Bukharin', 'Leon Trotsky', 'Andrei Vyshinsky', 'Franklin D. Roosevelt', 'Joachim von Ribbentrop'];
    expect(sortBy([...names], surnameKey, 'en')).toEqual([
      'Nikolai Bukharin',
      'Joachim von Ribbentrop',
      'Franklin D. Roosevelt',
      'Joseph Stalin',
      'Leon Trotsky',
      'Andrei Vyshinsky',
    ]);
  });

  it('Russian names in Russian collation, ё beside е', () => {
    expect(sortBy(['Иосиф Сталин', 'Николай Ежов', 'Николай Бухарин', 'Пётр Ёлкин'], surnameKey, 'ru')).toEqual([
      'Николай Бухарин',
      'Николай Ежов',
      'Пётр Ёлкин',
      'Иосиф Сталин',
    ]);
  });

  it('German umlauts sort with their base letter', () => {
    expect(sortBy(['Zeitung', 'Ärger', 'Anfang', 'Ober', 'Öl'], (w) => w, 'de')).toEqual(['Anfang', 'Ärger', 'Ober', 'Öl', 'Zeitung']);
  });

  it('a name of only spaces or only an alias sorts first instead of throwing', () => {
    expect(surnameKey(' ')).toBe('');
    expect(surnameKey('(Koba)')).toBe('');
    expect(sortBy(['Joseph Stalin', ' '], surnameKey, 'en')).toEqual([' ', 'Joseph Stalin']);
  });

  it('a parenthesised alias does not count as the surname', () => {
    expect(surnameKey('Vyacheslav Molotov (Skryabin)')).toBe('Molotov, Vyacheslav');
  });
});

describe('titles as a reader looks them up', () => {
  it('without opening quotation marks or a leading article, in the page language', () => {
    expect(titleKey('“Trotskyite”', 'en')).toBe('Trotskyite”');
    expect(titleKey('The Old Guard (Old Bolsheviks)', 'en')).toBe('Old Guard (Old Bolsheviks)');
    expect(titleKey('A Tale', 'en')).toBe('Tale');
    expect(titleKey('Theory', 'en')).toBe('Theory');
    expect(titleKey('„Die Säuberung“', 'de')).toBe('Säuberung“');
    expect(titleKey('Eine Reise', 'de')).toBe('Reise');
    expect(titleKey('The Old Guard', 'de')).toBe('The Old Guard');
    expect(titleKey('«Троцкист»', 'ru')).toBe('Троцкист»');
  });

  it('sorts a glossary by what the reader sees', () => {
    const terms = ['“Trotskyite”', 'Collective security', 'The Old Guard', 'Gulag', 'NKVD'];
    expect(sortBy(terms, (t) => titleKey(t, 'en'), 'en')).toEqual(['Collective security', 'Gulag', 'NKVD', 'The Old Guard', '“Trotskyite”']);
  });
});
