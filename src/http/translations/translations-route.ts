import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';
import { TRANSLATION_EDIT_ACTION } from '../../domain/translations/translation.js';
import { getTranslations } from '../../services/translations/get-translations.js';
import { setTranslation } from '../../services/translations/set-translation.js';
import { authorize } from '../authorize.js';
import { errorResponse } from '../common/common-schemas.js';
import { presentTranslation } from './present-translation.js';
import { setTranslationBody, translationResponse, translationsQuery } from './translation-schema.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['translations'];

export function translationsRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/translations',
      {
        config: { action: 'translation.read' },
        schema: {
          tags,
          description: 'Every translation into one language of the public records’ texts: party and area names, agreement titles, term texts, position statements and conditions. A reader shows the original where a text has none.',
          querystring: translationsQuery,
          response: { 200: z.object({ items: z.array(translationResponse) }), ...errors },
        },
      },
      async (request) => ({ items: (await truce.runner.read(request.actor, getTranslations, request.query)).map((t) => presentTranslation(request.actor, t)) }),
    );
    app.post(
      '/translations',
      {
        config: { action: 'translation.set' },
        schema: {
          tags,
          description: 'Gives one field of a public record its text in a language, or replaces it; logged as its own record. Only the roles that may edit the record may translate it. The same text again changes and logs nothing.',
          body: setTranslationBody,
          response: { 200: translationResponse, ...errors },
        },
      },
      async (request) => {
        authorize(request, TRANSLATION_EDIT_ACTION[request.body.record_kind]);
        return presentTranslation(request.actor, await truce.runner.write(request.actor, setTranslation, request.body));
      },
    );
  };
}
