/** A public record's text in another language: one row per record, field, part and language. */
export interface TranslationTable {
  id: string;
  record_kind: string;
  record_id: string;
  field: string;
  part: string;
  lang: string;
  text: string;
  unofficial: number;
  created_at: string;
  updated_at: string;
  log_index: number;
}

export interface TranslationTables {
  translations: TranslationTable;
}
