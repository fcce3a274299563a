import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InstitutionKind } from '@alliance/domain';
import { ConnectionType } from '../core/graphql/pagination';

registerEnumType(InstitutionKind, { name: 'InstitutionKind', description: 'What kind of body decides here.' });

@ObjectType('Institution')
export class InstitutionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Set for institutions shipped as reference data.' })
  referenceKey!: string | null;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  nameFr!: string | null;

  @Field(() => String, { nullable: true })
  acronym!: string | null;

  @Field(() => InstitutionKind)
  kind!: InstitutionKind;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => String, { nullable: true })
  countryCode!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => Date, { nullable: true, description: 'Set when deleted; restorable for 30 days.' })
  deletedAt!: Date | null;
}

@ObjectType()
export class InstitutionConnection extends ConnectionType(InstitutionModel, 'Institution') {}

@ObjectType('Position', { description: 'A title a contact holds (or held) at an institution.' })
export class PositionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  contactId!: string;

  @Field(() => ID)
  institutionId!: string;

  @Field()
  title!: string;

  @Field({ description: 'YYYY-MM-DD' })
  startDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while the position is held.' })
  endDate!: string | null;

  @Field({ description: 'Held today.' })
  isCurrent!: boolean;
}

@ObjectType()
export class PositionConnection extends ConnectionType(PositionModel, 'Position') {}
