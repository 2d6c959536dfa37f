import { transliterateCyrillic } from './transliterate-cyrillic.js';

/**
 * Letters written before the marks are stripped, where stripping would change the sound
 * ("š" is "sh", not "s"), and letters no decomposition takes apart.
 */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  š: 'sh', ž: 'zh', č: 'ch', ć: 'ch', ś: 's', ź: 'z', ż: 'zh', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i',
};

/**
 * The Latin spellings that name one sound, each before the shorter ones it starts with, and
 * what each folds to.
 * No folded letter is "h" or "c", and every folded letter folds to itself, so no two folded
 * letters side by side spell a digraph again: the key of a key is the key.
 */
const FOLDS: readonly (readonly [spelling: string, folded: string])[] = [
  ['ch', 'q'], ['cz', 'q'], ['q', 'q'],
  ['sh', 'x'], ['x', 'x'],
  ['zh', 'z'], ['kh', 'g'], ['gh', 'g'], ['ph', 'f'], ['h', 'g'], ['w', 'v'],
  // c is ts before e, i and y, as in "Cerkva", and k elsewhere, as in English "Moscow" (the vowel goes anyway).
  ['ce', 'ts'], ['ci', 'ts'], ['cy', 'ts'], ['c', 'k'],
];

/** The folds by the letter they start with, so that a letter is matched against its own only. */
const FOLDS_BY_LETTER = new Map<string, (typeof FOLDS)[number][]>();
for (const fold of FOLDS) FOLDS_BY_LETTER.set(fold[0].charAt(0), [...(FOLDS_BY_LETTER.get(fold[0].charAt(0)) ?? []), fold]);

const VOWELS = 'aeiouyj';
/** The vowels and glides a name starts with, and what parts them: they fold to one "a". */
const LEADING_VOWELS = /^(?:[aeiouyj][^a-z0-9]*)+/;

/**
 * The key a place is searched by: a consonant skeleton that the usual romanisations of one
 * Ukrainian or Russian name share, and that a name in Cyrillic shares with them.
 *
 * - Cyrillic is romanised first, as Russian: its г is g, which no letter before it can join into
 *   a digraph. A Ukrainian romanisation meets it, since the letters the systems spell apart (г as
 *   h or g, и as y or i, е as e or ye) fold together, except where the 2010 system's h for г
 *   joins the letter before: к, с, ц or п and г read as х, ш, ш or ф ("Kh", "sh", "tsh", "ph").
 * - kh, h, g and gh fold to one letter ("Luhansk", "Lugansk"); c to "ts" or "k"; ch, sh and zh
 *   each to one letter, zh with z ("Zaporizhzhia", "Zaporozh'ye"); w to v ("Moscow", "Moskva").
 * - Vowels are dropped, with y and j, which only ever stand for a vowel or the glide before one
 *   in these names ("Kupjansk", "Kup'yans'k", "Kupiansk"). That also takes Ukrainian і where
 *   Russian has о or е ("Kharkiv", "Kharkov"); a name that starts with a vowel or a glide keeps
 *   one "a" for it ("Izium" and "Yalta" are "azm" and "alt").
 * - Apostrophes, soft signs, spaces, hyphens and accents are dropped (after parting letters: "S-H"
 *   is not "sh"), and a letter repeated once the vowels are gone is one ("Odessa", "Odesa").
 *
 * A rule cannot take names that differ in their consonants: Ukrainian "Mykolaiv" and Russian
 * "Nikolaev", "Kostiantynivka" and "Konstantinovka", "Kremenchuk" and "Kremenchug", and names
 * romanised from another language ("Bucharest" for "Бухарест", "Chisinau" for "Кишинів").
 * Digits are kept. Letters of other scripts go like spaces: the gazetteer's names are Latin, and a
 * key of ASCII letters sorts alike under every collation, so a range on it finds every prefix.
 */
export function placeSearchKey(name: string): string {
  const spelled = spellOut(transliterateCyrillic(name.normalize('NFKC').toLowerCase(), 'ru'));
  // What only decomposition brings out ("ǽ" is "æ" and an accent, Belarusian "ў" is "у" and a breve) is spelled too.
  const plain = spellOut(transliterateCyrillic(spelled.normalize('NFKD').replace(/\p{M}/gu, ''), 'ru')).replace(/^[^a-z0-9]+/, '');
  const lead = LEADING_VOWELS.exec(plain)?.[0] ?? '';
  let key = lead === '' ? '' : 'a';
  let i = lead.length;
  while (i < plain.length) {
    const char = plain.charAt(i);
    const fold = FOLDS_BY_LETTER.get(char)?.find(([spelling]) => plain.startsWith(spelling, i));
    // Anything else that is not an ASCII letter or digit parts letters ("S-H" is not "sh") and goes.
    const folded = fold?.[1] ?? (VOWELS.includes(char) || !((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) ? '' : char);
    for (const c of folded) if (key.charAt(key.length - 1) !== c) key += c;
    i += fold?.[0].length ?? 1;
  }
  return key;
}

const TO_SPELL_OUT = new RegExp(`[${Object.keys(SPELLED_OUT).join('')}]`, 'g');

function spellOut(text: string): string {
  return text.replace(TO_SPELL_OUT, (c) => SPELLED_OUT[c]!);
}
