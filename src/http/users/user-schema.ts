import { z } from 'zod';
import { ACCOUNT_ROLES } from '../../domain/auth/account-types.js';
import { disclosure, logIndex, recordId } from '../common/common-schemas.js';

export const userName = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'must be letters, digits, or . _ @ -');

export const password = z.string().min(12, 'must be at least 12 characters').max(1024);

export const createUserBody = z.strictObject({
  name: userName,
  role: z.enum(ACCOUNT_ROLES),
  party_id: recordId.nullable().optional().meta({ description: 'The party a liaison acts for; required for a liaison, refused for any other role.' }),
  password: password.optional().meta({ description: 'Omit it to have a random password made and returned once.' }),
});

export const resetPasswordBody = z.strictObject({
  password: password.optional().meta({ description: 'Omit it to have a random password made and returned once.' }),
});

export const userResponse = z
  .object({
    id: z.string(),
    name: z.string().optional().meta({ description: 'Shown to the administrator and the account itself; a salted commitment in the public log.' }),
    role: z.enum(ACCOUNT_ROLES),
    party_id: z.string().nullable(),
    disabled: z.boolean(),
    created_at: z.string(),
    updated_at: z.string(),
    log_index: logIndex,
    disclosure,
  })
  .meta({ id: 'User' });

/** A user with the password made for it, shown this once (null when the administrator chose it). */
export const userWithPasswordResponse = z.object({
  user: userResponse,
  password: z.string().nullable().meta({ description: 'Shown once; it is stored only as a scrypt hash.' }),
});

export type UserResponse = z.infer<typeof userResponse>;
