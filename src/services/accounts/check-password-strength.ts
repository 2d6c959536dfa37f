import { InvalidInputError } from '../../domain/domain-error.js';

/** Length is what matters; generated passwords (18 random bytes) always pass. */
export function checkPasswordStrength(password: string): void {
  if (password.length < 12) throw new InvalidInputError('password', 'must be at least 12 characters', { code: 'too_small', params: { origin: 'string', minimum: 12 } });
  if (password.length > 1024) throw new InvalidInputError('password', 'must be at most 1024 characters', { code: 'too_big', params: { origin: 'string', maximum: 1024 } });
}
