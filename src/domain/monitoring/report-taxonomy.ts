/**
 * The report taxonomy: every kind belongs to one family, and only reports of the
 * same family are proposed as one incident (an explosion and a shelling can be one
 * event; a shelling and a troop movement cannot). Fire follows the OSCE SMM sub-types.
 */
export const KIND_FAMILIES = {
  fire: ['explosion', 'projectile_in_flight', 'muzzle_flash', 'illumination_flare', 'burst_or_shot'],
  attack: ['shelling', 'missile_strike', 'airstrike', 'drone_strike', 'ground_assault'],
  forces: ['troop_movement', 'heavy_weapons_present', 'fortification'],
  obligations: ['mobilization', 'arms_delivery'],
  monitoring: ['access_restriction'],
  civilians: ['civilian_harm', 'infrastructure_damage'],
  control: ['territorial_change'],
} as const;

export type KindFamily = keyof typeof KIND_FAMILIES;
export type ReportKind = (typeof KIND_FAMILIES)[KindFamily][number];

export const KIND_FAMILY_NAMES = Object.keys(KIND_FAMILIES) as KindFamily[];
export const REPORT_KINDS = Object.values(KIND_FAMILIES).flat() as ReportKind[];

const FAMILY_OF = new Map<string, KindFamily>(
  Object.entries(KIND_FAMILIES).flatMap(([family, kinds]) => kinds.map((k) => [k, family as KindFamily] as const)),
);

export function kindFamily(kind: ReportKind): KindFamily {
  return FAMILY_OF.get(kind)!;
}

export function isReportKind(kind: string): kind is ReportKind {
  return FAMILY_OF.has(kind);
}

/** Sub-types a kind accepts; a kind absent here takes none. */
export const KIND_SUBTYPES: Partial<Record<ReportKind, readonly string[]>> = {
  explosion: ['impact', 'airburst', 'outgoing', 'undetermined'],
  access_restriction: ['denial', 'delay', 'threat', 'fire_at_monitors', 'jamming'],
};

export const REPORT_SUBTYPES = [...new Set(Object.values(KIND_SUBTYPES).flat())] as string[];

export function subtypeError(kind: ReportKind, subtype: string | null | undefined): string | null {
  if (subtype == null) return null;
  const allowed = KIND_SUBTYPES[kind];
  if (!allowed) return `${kind} takes no sub-type`;
  return allowed.includes(subtype) ? null : `must be one of ${allowed.join(', ')} for ${kind}`;
}
