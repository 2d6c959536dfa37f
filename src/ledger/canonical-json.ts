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
  // Data whose members already come in canonical order is exactly what the engine's own
  // JSON.stringify writes (the same string escapes, the same Number::toString), many times faster.
  return inCanonicalOrder(value, 0) ? JSON.stringify(value) : serialize(value, [], []);
}

/** Deeper data is left to the careful path, which also finds cycles. */
const MAX_FAST_DEPTH = 32;

/**
 * True when `value` is JSON data (as serialize accepts it) whose object members are in
 * canonical order as enumerated: Object.keys gives the order JSON.stringify writes.
 * Anything else, valid or not, is false, and serialize handles it or names the fault.
 */
function inCanonicalOrder(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
      return isWellFormed(value);
    case 'number':
      return Number.isFinite(value);
    case 'boolean':
      return true;
    case 'object':
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (depth >= MAX_FAST_DEPTH) return false;
  if (Array.isArray(value)) {
    // JSON.stringify would call an array's own toJSON; serialize does not.
    if ('toJSON' in value) return false;
    for (let i = 0; i < value.length; i++) {
      // A hole or undefined is an error for serialize, where JSON.stringify writes null.
      if (value[i] === undefined || !inCanonicalOrder(value[i], depth + 1)) return false;
    }
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const record = value as Record<string, unknown>;
  let previous: string | null = null;
  for (const key of Object.keys(record)) {
    if ((previous !== null && previous >= key) || !isWellFormed(key)) return false;
    previous = key;
    const member = record[key];
    if (member !== undefined && !inCanonicalOrder(member, depth + 1)) return false;
  }
  return true;
}

/**
 * Where a value sits, as the keys and indexes from the root, spelled out only when an
 * error names it: building every member's path up front would double the cost of the happy path.
 */
type Trail = (string | number)[];
const pathOf = (trail: Trail): string =>
  '$' + trail.map((step) => (typeof step === 'number' ? `[${step}]` : /^[A-Za-z_$][\w$]*$/.test(step) ? `.${step}` : `[${JSON.stringify(step)}]`)).join('');

// An unpaired surrogate has no UTF-8 encoding: Buffer.from would replace it with U+FFFD,
// so two different strings would hash the same. I-JSON (which JCS requires) forbids them.
// String.prototype.isWellFormed (ES2024, in Node 20) says exactly that, far faster than a regular expression.
const isWellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

function serialize(value: unknown, trail: Trail, ancestors: object[]): string {
  switch (typeof value) {
    case 'string':
      return serializeString(value, trail);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${String(value)} has no JSON representation`, pathOf(trail));
      // ECMAScript Number::toString is exactly the serialisation JCS prescribes (and -0 → "0").
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      throw new CanonicalJsonError('undefined is not a JSON value', pathOf(trail));
    case 'object':
      if (value === null) return 'null';
      break;
    default:
      throw new CanonicalJsonError(`a ${typeof value} is not a JSON value`, pathOf(trail));
  }
  if (ancestors.includes(value)) throw new CanonicalJsonError('circular reference', pathOf(trail));
  ancestors.push(value);
  try {
    if (Array.isArray(value)) {
      let out = '[';
      for (let i = 0; i < value.length; i++) {
        if (i > 0) out += ',';
        trail.push(i);
        out += serialize(value[i], trail, ancestors);
        trail.pop();
      }
      return out + ']';
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const name = (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
      throw new CanonicalJsonError(`a ${name} is not plain JSON data; convert it first`, pathOf(trail));
    }
    const record = value as Record<string, unknown>;
    // Array.prototype.sort without a comparator orders by UTF-16 code units, as JCS §3.2.3 requires.
    const keys = Object.keys(record).sort();
    let out = '{';
    let first = true;
    for (const key of keys) {
      const member = record[key];
      if (member === undefined) continue;
      trail.push(key);
      if (!first) out += ',';
      first = false;
      out += serializeString(key, trail) + ':' + serialize(member, trail, ancestors);
      trail.pop();
    }
    return out + '}';
  } finally {
    ancestors.pop();
  }
}

function serializeString(s: string, trail: Trail): string {
  if (!isWellFormed(s)) throw new CanonicalJsonError('string contains an unpaired UTF-16 surrogate', pathOf(trail));
  // JSON.stringify escapes exactly what JCS §3.2.2.2 escapes: ", \, and U+0000–U+001F
  // (as \b \t \n \f \r or lowercase \u00xx); everything else is emitted as is.
  return JSON.stringify(s);
}
