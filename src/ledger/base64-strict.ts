const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Standard padded base64 (RFC 4648 §4), rejecting anything Buffer.from(s, 'base64') would
 * quietly accept: whitespace, URL-safe letters, missing padding, non-zero trailing bits.
 * Signed material must have exactly one spelling. Returns null when malformed.
 */
export function decodeBase64Strict(text: string): Buffer | null {
  if (typeof text !== 'string' || !BASE64.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}
