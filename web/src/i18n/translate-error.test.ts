/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../api/fetch-json.js';
import { en } from './en.js';
import { RESOURCES } from './init-i18n.js';
import { detailText, errorText } from './translate-error.js';

beforeAll(async () => {
  await i18next.init({ resources: RESOURCES, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false } });
});

const liaison = new ApiError(400, 'invalid_input', 'party_id: a liaison is bound to one party', [{ path: 'party_id', message: 'a liaison is bound to one party', code: 'liaison_needs_party', params: {} }]);

describe('translated API errors', () => {
  it.each([
    ['en', 'party_id: a liaison is bound to one party'],
    ['uk', 'party_id: офіцер зв’язку прив’язаний до однієї сторони'],
    ['ru', 'party_id: офицер связи привязан к одной стороне'],
  ])('says a domain refusal in %s', async (lng, text) => {
    await i18next.changeLanguage(lng);
    expect(errorText(liaison)).toBe(text);
  });

  it('fills params, picks the bound by its origin and translates the kind of a referenced record', async () => {
    await i18next.changeLanguage('uk');
    expect(detailText({ path: 'password', message: 'x', code: 'too_small', params: { origin: 'string', minimum: 12 } })).toBe('має містити щонайменше 12 символів');
    expect(detailText({ path: 'party_id', message: 'unknown party nope', code: 'unknown_reference', params: { resource: 'party', id: 'nope' } })).toBe('немає сторони nope');
    await i18next.changeLanguage('ru');
    expect(detailText({ path: 'approvals', message: 'x', code: 'four_eyes_twice', params: {} })).toBe('этот верификатор уже одобрил решение');
  });

  it('keeps the server’s English beside a generic text for a code it does not know, and translates the kind of refusal without details', async () => {
    await i18next.changeLanguage('ru');
    expect(detailText({ path: 'x', message: 'something new', code: 'brand_new_rule', params: {} })).toBe('не принимается (something new)');
    expect(errorText(new ApiError(403, 'forbidden', 'not allowed'))).toBe('Вам это не разрешено.');
    expect(errorText(new ApiError(418, 'teapot', 'I am a teapot'))).toBe('I am a teapot');
  });
});

/** The codes the server's sources name: every rule, and every reason a domain error gives. */
function serverCodes(): string[] {
  const root = new URL('../../../src/', import.meta.url);
  const codes = new Set<string>();
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const text = readFileSync(new URL(file, root), 'utf8');
    for (const m of text.matchAll(/new RuleViolationError\(\s*'([a-z_]+)'/g)) codes.add(m[1]!);
    for (const m of text.matchAll(/\{ code: '([a-z_]+)'/g)) codes.add(m[1]!);
    for (const m of text.matchAll(/detailCode = '([a-z_]+)'/g)) codes.add(m[1]!);
  }
  return [...codes].sort();
}

describe('the error catalogue', () => {
  it('has a text for every code the server gives', () => {
    const codes = serverCodes();
    expect(codes.length).toBeGreaterThan(30);
    expect(codes.filter((c) => !(c in en.errors.detail))).toEqual([]);
  });
});
