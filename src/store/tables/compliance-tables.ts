/** One key of the compliance rollups; absent dimensions are ''. */
export interface ComplianceKeyColumns {
  agreement_id: string;
  /** UTC day, YYYY-MM-DD. */
  day: string;
  measure: string;
  party_id: string;
  kind: string;
  subtype: string;
  /** country.admin1, e.g. RU.41. */
  region: string;
  term_id: string;
  value: number;
}

export interface ComplianceContributionTable extends ComplianceKeyColumns {
  incident_id: string;
}

export type ComplianceRollupTable = ComplianceKeyColumns;

export interface ComplianceRegionTable {
  /** country.admin1, e.g. RU.41. */
  code: string;
  name: string;
}

/** The compliance rollups: derived from incidents like an index, so not records. */
export interface ComplianceTables {
  compliance_contributions: ComplianceContributionTable;
  compliance_rollups: ComplianceRollupTable;
  compliance_regions: ComplianceRegionTable;
}
