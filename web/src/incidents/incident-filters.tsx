import { useId } from 'react';
import { recordId } from '@contract/common/common-schemas.js';
import { useTranslation } from 'react-i18next';
import { INCIDENT_STATUSES } from '../../../src/domain/incidents/incident-types.js';
import { GEO_PRECISIONS } from '../../../src/domain/monitoring/report-types.js';
import { REPORT_KINDS } from '../../../src/domain/monitoring/report-taxonomy.js';
import { localizeParties, type Party } from './party-names.js';
import { useContent } from '../i18n/content-store.js';

/** The filters the incident list and the map share; '' means any. */
export interface IncidentFilterValues {
  kind: string;
  party: string;
  status: string;
  precision: string;
}

export const NO_FILTERS: IncidentFilterValues = { kind: '', party: '', status: '', precision: '' };

const CHOICES: Readonly<Record<Exclude<keyof IncidentFilterValues, 'party'>, readonly string[]>> = { kind: REPORT_KINDS, status: INCIDENT_STATUSES, precision: GEO_PRECISIONS };

/** The filters from the address, so that a link or a reload shows the same view; what is not understood is left out. */
export function filtersFromUrl(search: string): IncidentFilterValues {
  const params = new URLSearchParams(search);
  const choice = (key: keyof typeof CHOICES) => {
    const value = params.get(key) ?? '';
    return CHOICES[key].includes(value) ? value : '';
  };
  const party = recordId.safeParse(params.get('party'));
  return { kind: choice('kind'), party: party.success ? party.data : '', status: choice('status'), precision: choice('precision') };
}

/** The address's query string for a view: the filters set to any stay out of it. */
export function filtersUrl(filters: IncidentFilterValues): string {
  const query = filterParams(filters).toString();
  return query ? `?${query}` : '';
}

/** The filters as API query parameters, leaving out those set to any. */
export function filterParams(filters: IncidentFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return params;
}

export function IncidentFilters({ value, parties: original, onChange }: { value: IncidentFilterValues; parties: Party[]; onChange: (next: IncidentFilterValues) => void }) {
  const { t } = useTranslation();
  const parties = localizeParties(original, useContent());
  const id = useId();
  const select = (key: keyof IncidentFilterValues, label: string, options: { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={value[key]} onChange={(event) => onChange({ ...value, [key]: event.target.value })}>
        <option value="">{t('incidents.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="filters">
      <legend>{t('incidents.filters')}</legend>
      {select('kind', t('incidents.kind'), REPORT_KINDS.map((k) => ({ value: k, label: t(`reportKind.${k}`) })))}
      {select('party', t('incidents.party'), parties.filter((p) => p.kind !== 'mediator').map((p) => ({ value: p.id, label: p.name })))}
      {select('status', t('incidents.status'), INCIDENT_STATUSES.map((s) => ({ value: s, label: t(`incidentStatus.${s}`) })))}
      {select('precision', t('incidents.precision'), GEO_PRECISIONS.map((p) => ({ value: p, label: t(`geoPrecision.${p}`) })))}
    </fieldset>
  );
}
