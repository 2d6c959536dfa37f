import { LANGUAGES } from '../../domain/languages.js';
import { z } from 'zod';

/** An ISO-8601 date-time with a zone, normalised to UTC milliseconds so that text order is time order. */
export const isoDateTime = z
  .string()
  .refine((s) => z.iso.datetime({ offset: true }).safeParse(s).success && !Number.isNaN(Date.parse(s)), {
    message: 'must be an ISO-8601 date-time with a time zone, e.g. 2025-03-13T12:00:00Z',
    params: { code: 'invalid_date_time' },
  })
  .transform((s) => new Date(s).toISOString())
  .meta({ format: 'date-time', example: '2025-03-13T12:00:00Z' });

/** An ISO-8601 calendar date (YYYY-MM-DD). */
export const isoDate = z.iso.date({ message: 'must be an ISO-8601 date, e.g. 2025-03-13' });

/** Identifiers of records in paths: generated UUIDs, or the fixed ids of scenario data. */
export const recordId = z.string().min(1).max(100).regex(/^[A-Za-z0-9._:-]+$/, 'must be a record id (letters, digits, . _ : -)');

export const idParams = z.strictObject({ id: recordId });

export const errorDetail = z.object({
  path: z.string(),
  message: z.string().meta({ description: 'What is wrong, in English.' }),
  code: z.string().meta({ description: 'A stable code a client translates: a zod issue code (too_small, invalid_format, …), a rule, or a domain reason such as unknown_reference.' }),
  params: z.record(z.string(), z.union([z.string(), z.number()])).meta({ description: 'The values the translation of code fills in, e.g. {minimum: 12}.' }),
});

/** The one error shape every failure uses. */
export const errorResponse = z
  .object({
    error: z.string().meta({ description: 'A stable machine-readable code, e.g. validation_error, not_found, rule_violation.' }),
    message: z.string(),
    details: z.array(errorDetail),
    request_id: z.string().optional(),
  })
  .meta({ id: 'Error' });

/** A link a reader may follow: http or https only, never javascript:, data: or file:. */
export const webUrl = z
  .url({ protocol: /^https?$/, message: 'must be an http or https URL' })
  .max(2000)
  .meta({ description: 'An http or https URL.' });

export const citation = z
  .strictObject({
    source: z.string().min(1).max(300).meta({ description: 'The outlet or document, e.g. The Moscow Times.' }),
    published_at: isoDate,
    quote: z.string().min(1).max(4000).meta({ description: 'The exact words, in the language the source printed them in: quotations are never translated.' }),
    lang: z.enum(LANGUAGES).optional().meta({ description: 'The language of the quotation, which readers in other languages see marked.' }),
    url: webUrl.nullable().optional(),
  })
  .meta({ id: 'Citation' });

export const logIndex = z.number().int().nonnegative().meta({ description: 'Index of the latest log entry for this record.' });

/** Where each field of a record comes from: see docs/disclosure.md. */
export const disclosure = z
  .object({
    kind: z.string().meta({ description: 'The kind of record, as GET /api/v1/disclosure-policy names it.' }),
    index: logIndex,
    groups: z.array(
      z.object({
        name: z.string(),
        salt: z.string().optional().meta({ description: 'Hex; present when the group is sealed in the entry: SHA-256(salt ‖ canonical JSON of the group’s fields) is its commitment.' }),
      }),
    ),
  })
  .meta({
    id: 'Disclosure',
    description: 'The log entry this record’s fields stand in, and the groups of fields shown to this reader: each either in clear in the entry or opened by its salt. A field in no group listed here is never shown.',
  });

/** For a POST that takes no input: nothing, or an empty object; any field is refused. */
export const emptyBody = z.strictObject({}).nullish();
