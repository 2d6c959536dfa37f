import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { ru } from './ru.js';
import { uk } from './uk.js';

type Tree = { readonly [key: string]: string | Tree };

const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** Keys without their plural suffix: a language has the plural forms it needs, not English's. */
function baseKeys(tree: Tree): string[] {
  return [...new Set([...leaves(tree).keys()].map((k) => k.replace(PLURAL, '')))].sort();
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

const languages = { uk, ru } as const;

describe('translations', () => {
  it.each(Object.entries(languages))('%s has every English key and no other', (_code, messages) => {
    expect(baseKeys(messages)).toEqual(baseKeys(en));
  });

  it.each(Object.entries({ en, ...languages }))('%s has every plural form its language needs', (code, messages) => {
    const forms = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    const all = leaves(messages);
    for (const base of new Set([...all.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')))) {
      for (const form of forms) expect(all.has(`${base}_${form}`), `${code}: ${base}_${form}`).toBe(true);
    }
  });

  it.each(Object.entries(languages))('%s uses the same placeholders as English, and translates', (_code, messages) => {
    const english = leaves(en);
    let same = 0;
    for (const [key, text] of leaves(messages)) {
      const reference = english.get(key) ?? english.get(key.replace(PLURAL, '_other')) ?? '';
      expect(placeholders(text), key).toEqual(placeholders(reference));
      if (text === reference) same += 1;
    }
    // Only the product's name is the same in every language.
    expect(same).toBe(1);
  });
});
