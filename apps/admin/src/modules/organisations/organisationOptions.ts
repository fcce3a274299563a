import { MembershipStatus, OrganisationType } from '@alliance/domain';
import type { MembershipStatus as MembershipStatusValue, OrganisationType as OrganisationTypeValue } from '../../gql/graphql';

export const ORGANISATION_TYPES: readonly OrganisationTypeValue[] = Object.values(OrganisationType);
export const MEMBERSHIP_STATUSES: readonly MembershipStatusValue[] = Object.values(MembershipStatus);

/** A value read from outside (the address), if it is one of the options. */
export function oneOf<Option extends string>(options: readonly Option[], value: string | null): Option | null {
  return value !== null && (options as readonly string[]).includes(value) ? (value as Option) : null;
}
