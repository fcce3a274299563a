import { RelationshipKind } from '@alliance/domain';
import type { RelationshipKind as RelationshipKindValue } from '../../gql/graphql';

/** Read "from KIND to": A ADVISES B. */
export const RELATIONSHIP_KINDS: readonly RelationshipKindValue[] = Object.values(RelationshipKind);
