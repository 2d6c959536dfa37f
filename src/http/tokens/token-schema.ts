import { z } from 'zod';
import { ACCOUNT_ROLES, MAX_TOKEN_DAYS } from '../../domain/auth/account-types.js';
import { disclosure, logIndex, recordId } from '../common/common-schemas.js';

export const createTokenBody = z.strictObject({
  user_id: recordId
    .optional()
    .meta({ description: 'The account the token acts for, which must be your own (the default): nobody, the administrator included, makes tokens for others.' }),
  name: z.string().trim().min(1).max(200).meta({ description: 'What the token is for, e.g. "drone feed"; withheld from the public log.' }),
  scopes: z
    .array(z.string().min(1).max(100))
    .min(1)
    .max(50)
    .optional()
    .meta({ description: 'Actions the token may perform: *, an action (agreement.read) or a family (agreement.*). Default *. Scopes never add to the role.' }),
  expires_in_days: z.int().min(1).max(MAX_TOKEN_DAYS).optional().meta({ description: `Default 90, at most ${MAX_TOKEN_DAYS}.` }),
});

export const tokenQuery = z.strictObject({ user_id: recordId.optional().meta({ description: 'Whose tokens: your own by default; the administrator may list anyone’s, or everyone’s without it.' }) });

export const tokenResponse = z
  .object({
    id: z.string(),
    name: z.string().optional().meta({ description: 'Shown to the administrator and the token’s owner; a salted commitment in the public log.' }),
    user_id: z.string(),
    role: z.enum(ACCOUNT_ROLES),
    party_id: z.string().nullable(),
    scopes: z.array(z.string()),
    expires_at: z.string(),
    revoked_at: z.string().nullable(),
    created_by: z.string(),
    created_at: z.string(),
    log_index: logIndex,
    disclosure,
  })
  .meta({ id: 'ApiToken' });

export const createdTokenResponse = z.object({
  token: tokenResponse,
  secret: z.string().meta({ description: 'Send it as "Authorization: Bearer SECRET". Shown once; only its SHA-256 is stored.' }),
});

export type TokenResponse = z.infer<typeof tokenResponse>;
