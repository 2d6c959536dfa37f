import type { z } from 'zod';
import { isClearGroup, type KindPolicy } from '../../domain/policy/disclosure-policy.js';
import { DISCLOSURE, RECORD_KIND_NAMES } from '../../domain/policy/disclosure-table.js';
import type { disclosurePolicyResponse } from './log-schema.js';

type Described = z.infer<typeof disclosurePolicyResponse>['kinds'][string];

/** The disclosure policy as data: the table itself, without its field functions. */
export function describeDisclosurePolicy(): z.infer<typeof disclosurePolicyResponse> {
  const kinds = RECORD_KIND_NAMES.map((kind) => {
    const policy = DISCLOSURE[kind] as KindPolicy<unknown, unknown>;
    const groups = Object.entries(policy.groups).map(([name, group]) => {
      const rule: Described['groups'][number] = { name, fields: Object.keys(group.fields), readers: [...group.readers], in_clear: isClearGroup(policy, name) };
      if (group.whenSensitive) rule.when_sensitive = [...group.whenSensitive];
      return rule;
    });
    const described: Described = { casework: policy.casework, groups, children: [...(policy.children ?? [])], derived: [...(policy.derived ?? [])] };
    return [kind, described];
  });
  return { kinds: Object.fromEntries(kinds) };
}
