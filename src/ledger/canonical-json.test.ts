import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalJson } from './canonical-json.js';

const fromBits = (hex: string): number => Buffer.from(hex, 'hex').readDoubleBE(0);

describe('canonicalJson: RFC 8785 examples', () => {
  it('§3.2.2: primitive data types (numbers, string escaping, literals)', () => {
    const input =
      '{\n  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n' +
      '  "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",\n' +
      '  "literals": [null, true, false]\n}';
    expect(canonicalJson(JSON.parse(input))).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('§3.2.4: the same output as UTF-8 bytes', () => {
    const out = canonicalJson(JSON.parse('{"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/"}'));
    expect(Buffer.from(out, 'utf8').toString('hex')).toBe(
      '7b22737472696e67223a22e282ac245c75303030665c6e4127425c225c5c5c5c5c222f227d',
    );
  });

  it('§3.2.3: property sorting by UTF-16 code units', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // Checked on the text: JSON.parse would move the integer-like key "1" to the front.
    const text = canonicalJson(input);
    const positions = [
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ].map((v) => text.indexOf(v));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","😀":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('cyberphone/json-canonicalization testdata weird.json', () => {
    const input =
      '{"\\u20ac":"Euro Sign","1":"One","\\u0080":"Control\\u007f","\\ud83d\\ude02":"Smiley",' +
      '"\\u00f6":"Latin Small Letter O With Diaeresis","\\ufb33":"Hebrew Letter Dalet With Dagesh","</script>":"Browser Challenge"}';
    expect(canonicalJson(JSON.parse(input))).toBe(
      '{"1":"One","</script>":"Browser Challenge","\u0080":"Control\u007f","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","😂":"Smiley","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  // Appendix B: IEEE 754 binary64 bit patterns and their JCS serialisations.
  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('Appendix B number %s → %s', (bits, expected) => {
    expect(canonicalJson(fromBits(bits))).toBe(expected);
  });

  it.each([['7fffffffffffffff'], ['7ff0000000000000'], ['fff0000000000000']])('Appendix B %s (NaN/Infinity) is an error', (bits) => {
    expect(() => canonicalJson(fromBits(bits))).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ a: [fromBits(bits)] })).toThrow(/no JSON representation at \$\.a\[0\]/);
  });
});

describe('canonicalJson: the JSON data model', () => {
  it('omits undefined object members but rejects undefined elsewhere', () => {
    expect(canonicalJson({ b: 1, a: undefined, c: { d: undefined } })).toBe('{"b":1,"c":{}}');
    expect(() => canonicalJson(undefined)).toThrow(/undefined is not a JSON value at \$/);
    expect(() => canonicalJson([1, undefined])).toThrow(/at \$\[1\]/);
    // eslint-disable-next-line no-sparse-arrays -- a hole is exactly what is tested
    expect(() => canonicalJson([1, , 3])).toThrow(CanonicalJsonError);
  });

  it('rejects values that are not JSON data, naming where they are', () => {
    expect(() => canonicalJson({ data: { when: new Date(0) } })).toThrow(/Date is not plain JSON data.*at \$\.data\.when/);
    expect(() => canonicalJson(new Map())).toThrow(/Map/);
    expect(() => canonicalJson(Buffer.from('x'))).toThrow(CanonicalJsonError);
    expect(() => canonicalJson(1n)).toThrow(/bigint/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
    expect(() => canonicalJson(Symbol('s'))).toThrow(/symbol/);
    expect(() => canonicalJson({ 'a b': [NaN] })).toThrow(/at \$\["a b"\]\[0\]/);
  });

  it('rejects cycles but allows shared (acyclic) references', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: [shared] })).toBe('{"a":{"x":1},"b":[{"x":1}]}');
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/circular reference at \$\.self/);
  });

  it('rejects unpaired surrogates in strings and keys, accepts pairs', () => {
    expect(canonicalJson('\ud83d\ude00')).toBe('"😀"');
    expect(() => canonicalJson('\ud800')).toThrow(/unpaired/);
    expect(() => canonicalJson('a\udc00')).toThrow(/unpaired/);
    expect(() => canonicalJson({ '\udfff': 1 })).toThrow(/unpaired/);
  });

  it('accepts null-prototype objects and -0', () => {
    const o = Object.create(null) as Record<string, unknown>;
    o['z'] = -0;
    o['a'] = 'é';
    expect(canonicalJson(o)).toBe('{"a":"é","z":0}');
  });

  it('writes the same whether members come in canonical order or not', () => {
    const sortedDeep = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(sortedDeep) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortedDeep((v as Record<string, unknown>)[k])])) : v;
    const reversedDeep = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reversedDeep) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().reverse().map((k) => [k, reversedDeep((v as Record<string, unknown>)[k])])) : v;
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(canonicalJson(sortedDeep(v))).toBe(canonicalJson(reversedDeep(v)));
      }),
      { numRuns: 300 },
    );
    // Integer-like keys enumerate first in numeric order, which is not code-unit order.
    expect(canonicalJson({ 9: 'a', 10: 'b', x: 1 })).toBe('{"10":"b","9":"a","x":1}');
    let deep: unknown = 'leaf';
    for (let i = 0; i < 40; i++) deep = { a: [deep] };
    expect(canonicalJson(deep)).toBe('{"a":['.repeat(40) + '"leaf"' + ']}'.repeat(40));
    const withToJson = Object.assign([1], { toJSON: () => 'other' });
    expect(canonicalJson(withToJson)).toBe('[1]');
    expect(() => canonicalJson({ a: [1, undefined] })).toThrow(/at \$\.a\[1\]/);
  });

  it('is stable under key order and round-trips through JSON.parse', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
          const reversed = Object.fromEntries(Object.entries(v).reverse());
          expect(canonicalJson(reversed)).toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
