import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_KINDS } from '../../../src/domain/monitoring/report-taxonomy.js';

/** The statuses an incident waits in; '' is both. */
export const WAITING_STATUSES = ['under_review', 'reported'] as const;
export const SORTS = ['newest', 'oldest'] as const;

export interface QueueFilterValues {
  kind: string;
  status: string;
  place: string;
  sort: (typeof SORTS)[number];
}

/** The filters from the address, so that a link or a reload shows the same view; what is not understood is left out. */
export function filtersFromUrl(search: string): QueueFilterValues {
  const params = new URLSearchParams(search);
  const kind = params.get('kind') ?? '';
  const status = params.get('status') ?? '';
  const sort = params.get('sort');
  return {
    kind: (REPORT_KINDS as readonly string[]).includes(kind) ? kind : '',
    status: (WAITING_STATUSES as readonly string[]).includes(status) ? status : '',
    place: (params.get('place') ?? '').trim(),
    sort: sort === 'oldest' ? 'oldest' : 'newest',
  };
}

/** The address of a view: the defaults stay out of it. */
export function filtersUrl(filters: QueueFilterValues): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.status) params.set('status', filters.status);
  if (filters.place) params.set('place', filters.place);
  if (filters.sort !== 'newest') params.set('sort', filters.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function QueueFilters({ value, onChange }: { value: QueueFilterValues; onChange: (next: QueueFilterValues) => void }) {
  const { t } = useTranslation();
  const id = useId();
  // The place is looked up in the gazetteer when the verifier submits it, not at every key.
  const [place, setPlace] = useState(value.place);
  const submitPlace = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...value, place: place.trim() });
  };
  const select = (key: 'kind' | 'status' | 'sort', label: string, options: { value: string; label: string }[], any: boolean) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={value[key]} onChange={(event) => onChange({ ...value, [key]: event.target.value })}>
        {any && <option value="">{t('incidents.any')}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="filters" role="search" aria-label={t('queue.filters')} onSubmit={submitPlace}>
      {select('kind', t('queue.kind'), REPORT_KINDS.map((k) => ({ value: k, label: t(`reportKind.${k}`) })), true)}
      {select('status', t('queue.waiting'), WAITING_STATUSES.map((s) => ({ value: s, label: t(`queue.waiting_${s}`) })), true)}
      <div className="field">
        <div className="place-search">
          <div className="field">
            <label htmlFor={`${id}-place`}>{t('queue.near')}</label>
            <input id={`${id}-place`} type="search" value={place} aria-describedby={`${id}-place-hint`} onChange={(event) => setPlace(event.target.value)} />
          </div>
          <button type="submit">{t('queue.applyPlace')}</button>
        </div>
        <span id={`${id}-place-hint`} className="field-hint">
          {t('queue.nearHint')}
        </span>
      </div>
      {select('sort', t('queue.sort'), SORTS.map((s) => ({ value: s, label: t(`queue.sort_${s}`) })), false)}
    </form>
  );
}
