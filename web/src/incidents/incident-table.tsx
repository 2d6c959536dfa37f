import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { incidentResponse } from '@contract/incidents/incident-schema.js';
import { AppLink } from '../app/app-link.js';
import { SyntheticBadge } from '../ui/synthetic-badge.js';
import { TableScroll } from '../ui/table-scroll.js';

type Incident = z.infer<typeof incidentResponse>;

/** A column after the incident's own: its heading, and what it shows of each incident. */
export interface IncidentColumn {
  header: string;
  cell: (incident: Incident) => ReactNode;
}

interface IncidentTableProps {
  incidents: readonly Incident[];
  /** The first column names each incident, linked to its page: by its short id on the desks, by its kind in the list. */
  name: { header: string; by: 'id' | 'kind' };
  columns: readonly IncidentColumn[];
  /** A row under an incident's, across the whole table, such as a form opened from it. */
  below?: (incident: Incident) => ReactNode;
}

/** Incidents one per row, each row headed by a link to the incident and marked when it is synthetic. */
export function IncidentTable({ incidents, name, columns, below }: IncidentTableProps) {
  const { t } = useTranslation();
  return (
    <TableScroll>
      <table>
        <thead>
          <tr>
            <th scope="col">{name.header}</th>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {incidents.map((incident) => {
            const extra = below?.(incident);
            return (
              <Fragment key={incident.id}>
                <tr data-incident={incident.id}>
                  <th scope="row">
                    <AppLink href={`/incidents/${encodeURIComponent(incident.id)}`}>{name.by === 'id' ? incident.id.slice(0, 8) : t(`reportKind.${incident.kind}`)}</AppLink>{' '}
                    {incident.synthetic && <SyntheticBadge />}
                  </th>
                  {columns.map((column) => (
                    <td key={column.header}>{column.cell(incident)}</td>
                  ))}
                </tr>
                {extra && (
                  <tr>
                    <td colSpan={columns.length + 1}>{extra}</td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
