import { InvalidInputError } from '../../domain/domain-error.js';

/** Length is what matters; generated passwords (18 random bytes) always pass. */
export function checkPasswordStrength(password: string): void {
  if (password.length < 12) throw new InvalidInputError('password', 'must be at least 12 characters');
  if (password.length > 1024) throw new InvalidInputError('password', 'must be at most 1024 characters');
}
