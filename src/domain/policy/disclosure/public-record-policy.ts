import type { FieldGroup, KindPolicy } from '../disclosure-policy.js';

/** A kind the public may read whole (an agreement, a control claim): one group, in clear in the log. */
export function publicRecordPolicy<R>(fields: FieldGroup<R>['fields'], options: Pick<KindPolicy<R>, 'children' | 'derived'> = {}): KindPolicy<R> {
  return { casework: false, facts: () => ({}), groups: { record: { readers: ['public'], fields } }, ...options };
}
