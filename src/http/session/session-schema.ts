import { z } from 'zod';
import { userResponse } from '../users/user-schema.js';

export const loginBody = z.strictObject({
  // Checked only for size: the login answer must not differ for names that could not exist.
  name: z.string().min(1).max(200),
  password: z.string().min(1).max(1024),
});

export const sessionResponse = z
  .object({
    user: userResponse,
    via: z.enum(['session', 'token']).meta({ description: 'How this request was authenticated.' }),
    csrf_token: z
      .string()
      .nullable()
      .meta({ description: 'Send it as x-csrf-token with every request that changes state under this session; null for a bearer token, which needs none.' }),
    expires_at: z.string().nullable().meta({ description: 'The session’s absolute end; it also ends after 30 minutes without a request.' }),
    actions: z
      .array(z.string())
      .meta({ description: 'The actions this account may perform at all, from the server’s policy; a record can still refuse one (a liaison acts only for its own party).' }),
  })
  .meta({ id: 'Session' });
