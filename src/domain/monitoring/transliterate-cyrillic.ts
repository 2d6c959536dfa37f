/**
 * The romanisation a Cyrillic place name is written in: `uk`, Ukraine's national system of 2010
 * (Cabinet of Ministers resolution 55, used for Ukrainian names on GeoNames, passports and road
 * signs), or `ru`, the BGN/PCGN system GeoNames writes most Russian names in.
 */
export type CyrillicSystem = 'uk' | 'ru';

/** A letter's Latin spelling at the start of a word, and elsewhere. */
type Spelling = string | readonly [initial: string, elsewhere: string];

/** What the two systems write alike; each system below overrides it. */
const COMMON: Readonly<Record<string, Spelling>> = {
  а: 'a', б: 'b', в: 'v', д: 'd', е: 'e', ж: 'zh', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  // The other language's letters, so that a name in either is romanised whole.
  ґ: 'g', і: 'i', ї: 'yi', є: 'ye', ы: 'y', э: 'e', ъ: '', ё: 'ë',
};

const UKRAINIAN: Readonly<Record<string, Spelling>> = {
  ...COMMON,
  г: 'h', и: 'y', ь: '',
  є: ['ye', 'ie'], ї: ['yi', 'i'], й: ['y', 'i'], ю: ['yu', 'iu'], я: ['ya', 'ia'],
};

const RUSSIAN: Readonly<Record<string, Spelling>> = {
  ...COMMON,
  г: 'g', и: 'i', й: 'y', ю: 'yu', я: 'ya',
  // GeoNames writes the soft sign as a right quotation mark ("Ryazan’").
  ь: '’',
};

/** BGN/PCGN writes е and ё with a y after these, as at the start of a word. */
const RUSSIAN_YE_AFTER = /[аеёиоуыэюяйъь]/;

const APOSTROPHES = /['’ʼ`]/;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * A text with its Ukrainian and Russian Cyrillic letters romanised and everything else kept:
 * case follows the letter (an all-capital word stays capital), the Ukrainian apostrophe is
 * dropped as the 2010 system says, and so is a hard sign. Ukrainian "зг" is "zgh", so that it
 * does not read as "ж". What BGN/PCGN adds for rare ambiguities (a dot between "т" and "с",
 * "ы" before a vowel) is left out: GeoNames' own names rarely carry it.
 */
export function transliterateCyrillic(text: string, system: CyrillicSystem): string {
  // Most text the gazetteer searches is Latin already.
  if (!CYRILLIC.test(text)) return text;
  const table = system === 'uk' ? UKRAINIAN : RUSSIAN;
  const chars = [...text.normalize('NFC')];
  let out = '';
  for (const [i, char] of chars.entries()) {
    const lower = char.toLowerCase();
    const spelling = table[lower];
    if (spelling === undefined) {
      if (!(system === 'uk' && APOSTROPHES.test(char) && isCyrillic(chars[i - 1]) && isCyrillic(chars[i + 1]))) out += char;
      continue;
    }
    const previous = chars[i - 1]?.toLowerCase();
    let latin = typeof spelling === 'string' ? spelling : wordStart(chars, i) ? spelling[0] : spelling[1];
    if (system === 'ru' && (lower === 'е' || lower === 'ё') && (wordStart(chars, i) || (previous !== undefined && RUSSIAN_YE_AFTER.test(previous)))) latin = `y${latin}`;
    if (system === 'uk' && lower === 'г' && previous === 'з') latin = 'gh';
    out += char === lower ? latin : capitalised(latin, chars[i + 1] ?? '', chars[i - 1] ?? '');
  }
  return out;
}

function isCyrillic(char: string | undefined): boolean {
  return char !== undefined && CYRILLIC.test(char);
}

/** At the start of a word: nothing before, or no letter and no apostrophe (which sits inside a word). */
function wordStart(chars: readonly string[], i: number): boolean {
  const before = chars[i - 1];
  return before === undefined || !(/\p{L}/u.test(before) || APOSTROPHES.test(before));
}

/** "Zh" in "Житомир", "ZH" in "ЖИТОМИР": a capital beside it makes the whole spelling capital. */
function capitalised(latin: string, next: string, previous: string): string {
  const capital = (c: string) => c !== c.toLowerCase();
  if (capital(next) || (next === '' || !/\p{L}/u.test(next) ? capital(previous) : false)) return latin.toUpperCase();
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}
