import type { FastifyReply, FastifyRequest } from 'fastify';
import { InvalidInputError } from '../domain/domain-error.js';

/** Deeper than any of our bodies needs (a GeoJSON MultiPolygon is 7 levels); far below what a recursive walk can bear. */
export const MAX_INPUT_DEPTH = 32;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Refuses, before validation and naming the field, what no field of ours can hold and what
 * would fail deep inside a use case instead: U+0000, which PostgreSQL text cannot store; a lone
 * surrogate, which is not text and which canonical JSON (and so the log) cannot encode; and
 * nesting deeper than any body needs, which would overflow a recursive walk.
 */
export async function textInputGuard(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  for (const [where, value] of [
    ['', request.body],
    ['query', request.query],
    ['params', request.params],
  ] as const) {
    const problem = firstProblem(value);
    if (problem) throw new InvalidInputError([where, problem.path].filter(Boolean).join('.') || 'body', problem.message, { code: problem.code });
  }
}

interface Problem {
  path: string;
  message: string;
  code: string;
}

/** Walks the value without recursion, so that no depth overflows the stack. */
function firstProblem(root: unknown): Problem | undefined {
  const stack: { value: unknown; path: string[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return { path: path.join('.'), ...problem };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_INPUT_DEPTH) return { path: path.join('.'), message: `is nested deeper than ${MAX_INPUT_DEPTH} levels`, code: 'too_deep' };
    const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, i) => [String(i), item]) : Object.entries(value);
    // Pushed in reverse, so that siblings are walked in their order.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]!;
      const keyProblem = Array.isArray(value) ? undefined : textProblem(key);
      if (keyProblem) return { path: [...path, JSON.stringify(key)].join('.'), message: `has a key that ${keyProblem.message}`, code: keyProblem.code };
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return undefined;
}

function textProblem(text: string): { message: string; code: string } | undefined {
  if (text.includes('\u0000')) return { message: 'contains a NUL character (U+0000)', code: 'nul_character' };
  if (LONE_SURROGATE.test(text)) return { message: 'contains a lone surrogate, which is not text (send well-formed UTF-16 or UTF-8)', code: 'lone_surrogate' };
  return undefined;
}
