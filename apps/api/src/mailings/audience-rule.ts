import { AudienceRuleKind } from '@alliance/domain';

/**
 * An audience as stored (jsonb) and as sent by the composer: a tree whose inner nodes combine
 * (AND, OR, NOT) and whose leaves select contacts. Only the fields of a leaf's kind are read.
 */
export interface AudienceRule {
  kind: AudienceRuleKind;
  /** AND, OR: at least one; NOT: exactly one. */
  rules?: AudienceRule[];
  listIds?: string[];
  organisationStatuses?: string[];
  organisationTypes?: string[];
  campaignIds?: string[];
  institutionIds?: string[];
  /** POLICYMAKERS: also positions at every institution nested under the chosen ones. */
  includeChildInstitutions?: boolean;
  institutionKinds?: string[];
  countryCodes?: string[];
  languages?: string[];
  tags?: string[];
}
