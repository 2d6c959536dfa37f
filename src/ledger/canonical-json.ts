/**
 * RFC 8785 (JCS) canonical JSON. The input must already be JSON data: plain objects,
 * arrays, strings, finite numbers, booleans and null. Anything else (Date, Map, Buffer,
 * bigint, class instances…) is an error rather than a silent conversion, because the
 * output is hashed into the log and must never depend on how a value happens to serialise.
 */
export class CanonicalJsonError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${message} at ${path}`);
    this.name = 'CanonicalJsonError';
  }
}

export function canonicalJson(value: unknown): string {
  return serialize(value, ROOT, []);
}

/** Where a value sits, spelled out only when an error names it: building every member's path would double the cost of the happy path. */
type Path = () => string;
const ROOT: Path = () => '$';
const memberOf = (parent: Path, key: string): Path => () => `${parent()}${/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`}`;

// An unpaired surrogate has no UTF-8 encoding: Buffer.from would replace it with U+FFFD,
// so two different strings would hash the same. I-JSON (which JCS requires) forbids them.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function serialize(value: unknown, path: Path, ancestors: object[]): string {
  switch (typeof value) {
    case 'string':
      return serializeString(value, path);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${String(value)} has no JSON representation`, path());
      // ECMAScript Number::toString is exactly the serialisation JCS prescribes (and -0 → "0").
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      throw new CanonicalJsonError('undefined is not a JSON value', path());
    case 'object':
      if (value === null) return 'null';
      break;
    default:
      throw new CanonicalJsonError(`a ${typeof value} is not a JSON value`, path());
  }
  if (ancestors.includes(value)) throw new CanonicalJsonError('circular reference', path());
  ancestors.push(value);
  try {
    if (Array.isArray(value)) {
      let out = '[';
      for (let i = 0; i < value.length; i++) {
        if (i > 0) out += ',';
        out += serialize(value[i], () => `${path()}[${i}]`, ancestors);
      }
      return out + ']';
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const name = (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
      throw new CanonicalJsonError(`a ${name} is not plain JSON data; convert it first`, path());
    }
    const record = value as Record<string, unknown>;
    // Array.prototype.sort without a comparator orders by UTF-16 code units, as JCS §3.2.3 requires.
    const keys = Object.keys(record).sort();
    let out = '{';
    let first = true;
    for (const key of keys) {
      const member = record[key];
      if (member === undefined) continue;
      const memberPath = memberOf(path, key);
      if (!first) out += ',';
      first = false;
      out += serializeString(key, memberPath) + ':' + serialize(member, memberPath, ancestors);
    }
    return out + '}';
  } finally {
    ancestors.pop();
  }
}

function serializeString(s: string, path: Path): string {
  if (LONE_SURROGATE.test(s)) throw new CanonicalJsonError('string contains an unpaired UTF-16 surrogate', path());
  // JSON.stringify escapes exactly what JCS §3.2.2.2 escapes: ", \, and U+0000–U+001F
  // (as \b \t \n \f \r or lowercase \u00xx); everything else is emitted as is.
  return JSON.stringify(s);
}
