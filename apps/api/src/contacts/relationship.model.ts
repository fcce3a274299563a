import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RelationshipKind } from '@alliance/domain';

registerEnumType(RelationshipKind, { name: 'RelationshipKind', description: 'Read "from KIND to": A ADVISES B.' });

@ObjectType('Relationship')
export class RelationshipModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  fromContactId!: string;

  @Field(() => RelationshipKind)
  kind!: RelationshipKind;

  @Field(() => ID)
  toContactId!: string;

  @Field(() => String, { nullable: true })
  startDate!: string | null;

  @Field(() => String, { nullable: true })
  endDate!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
