import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transliterateCyrillic } from './transliterate-cyrillic.js';

const CYRILLIC = [...'абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя'];
const cyrillicText = fc.string({ unit: fc.constantFrom(...CYRILLIC, ...CYRILLIC.map((c) => c.toUpperCase()), ' ', '-', '’', "'"), maxLength: 30 });

describe('transliterateCyrillic', () => {
  // The examples of the 2010 resolution's table, where each letter's rule is shown.
  it.each([
    ['Алушта', 'Alushta'], ['Борщагівка', 'Borshchahivka'], ['Згорани', 'Zghorany'], ['Розгон', 'Rozghon'],
    ['Єнакієве', 'Yenakiieve'], ['Гаєвич', 'Haievych'], ['Короп’є', 'Koropie'], ['Їжакевич', 'Yizhakevych'],
    ['Кадиївка', 'Kadyivka'], ['Йосипівка', 'Yosypivka'], ['Стрий', 'Stryi'], ['Юрій', 'Yurii'], ['Юрчишин', 'Yurchyshyn'],
    ['Яготин', 'Yahotyn'], ['Костянтин', 'Kostiantyn'], ['Знам’янка', 'Znamianka'], ['Феодосія', 'Feodosiia'],
    ['Щербухи', 'Shcherbukhy'], ['Гоща', 'Hoshcha'], ['Ґалаґан', 'Galagan'], ['Львів', 'Lviv'], ['Куп’янськ', 'Kupiansk'],
    ['Кам’янець-Подільський', 'Kamianets-Podilskyi'], ['Біла Церква', 'Bila Tserkva'], ['ЖИТОМИР', 'ZHYTOMYR'],
  ])('romanises Ukrainian %s as %s (national system of 2010)', (cyrillic, latin) => {
    expect(transliterateCyrillic(cyrillic, 'uk')).toBe(latin);
  });

  it.each([
    ['Рязань', 'Ryazan’'], ['Старый Оскол', 'Staryy Oskol'], ['Новороссийск', 'Novorossiysk'], ['Белгород', 'Belgorod'],
    ['Елец', 'Yelets'], ['Орёл', 'Orël'], ['Воробьёво', 'Vorob’yëvo'], ['Подъезд', 'Podyezd'], ['Энгельс', 'Engel’s'],
    ['Купянск', 'Kupyansk'], ['Харьков', 'Khar’kov'], ['Щёлково', 'Shchëlkovo'], ['Чита', 'Chita'], ['Юрюзань', 'Yuryuzan’'],
  ])('romanises Russian %s as %s (BGN/PCGN)', (cyrillic, latin) => {
    expect(transliterateCyrillic(cyrillic, 'ru')).toBe(latin);
  });

  it('keeps what is not Ukrainian or Russian Cyrillic, and an apostrophe outside a Cyrillic word', () => {
    expect(transliterateCyrillic("Kup'yans'k, 12 км", 'uk')).toBe("Kup'yans'k, 12 km");
    expect(transliterateCyrillic('Ђурђевац ў', 'ru')).toBe('Ђurђevats ў');
  });

  it('leaves no Ukrainian or Russian letter behind, in either system', () => {
    fc.assert(
      fc.property(cyrillicText, fc.constantFrom('uk' as const, 'ru' as const), (text, system) => {
        expect(transliterateCyrillic(text, system)).not.toMatch(/[а-яёєіїґ]/i);
      }),
    );
  });
});
