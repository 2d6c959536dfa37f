import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { placeResponse } from '@contract/places/place-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { Field } from './field.js';

export type Place = z.infer<typeof placeResponse>;

const placesResponse = z.object({ items: z.array(placeResponse) });

/** Searches the server's gazetteer by the start of a name; choosing a place sets the report's place and point. */
export function PlaceSearch({ onChoose }: { onChoose: (place: Place) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Place[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const search = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!query.trim()) return;
    setBusy(true);
    setError(undefined);
    try {
      setResults((await fetchJson(`/api/v1/places?q=${encodeURIComponent(query.trim())}&limit=8`, placesResponse)).items);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  // The search sits inside the report's form: Enter searches instead of submitting the report.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void search();
    }
  };

  return (
    <div className="place-search">
      <Field label={t('reportForm.placeSearch')} hint={t('reportForm.placeSearchHint')} error={error}>
        {(control) => <input {...control} type="search" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onKeyDown} />}
      </Field>
      <button type="button" onClick={() => void search()} disabled={busy}>
        {busy ? t('reportForm.searching') : t('reportForm.search')}
      </button>
      {results && (
        <div role="status">
          {results.length === 0 ? (
            <p>{t('reportForm.noPlace')}</p>
          ) : (
            <ul className="place-results" aria-label={t('reportForm.placeResults')}>
              {results.map((place) => (
                <li key={place.geonames_id}>
                  <button
                    type="button"
                    onClick={() => {
                      onChoose(place);
                      setResults(null);
                    }}
                  >
                    {t('reportForm.usePlace', { name: place.name, country: place.country })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
