import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CommitmentStatus, Confidentiality, InteractionKind } from '@alliance/domain';
import { ConnectionType } from '../core/graphql/pagination';

registerEnumType(InteractionKind, { name: 'InteractionKind' });
registerEnumType(Confidentiality, {
  name: 'Confidentiality',
  description: 'COALITION: members see that it happened, with whom and when. INTERNAL: staff. RESTRICTED: named users.',
});
registerEnumType(CommitmentStatus, { name: 'CommitmentStatus' });

@ObjectType('Interaction')
export class InteractionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => InteractionKind)
  kind!: InteractionKind;

  @Field()
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  campaignId!: string | null;

  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field(() => Confidentiality)
  confidentiality!: Confidentiality;
}

@ObjectType()
export class InteractionConnection extends ConnectionType(InteractionModel, 'Interaction') {}

@ObjectType('Commitment', { description: 'What a policymaker promised, followed up until kept or broken.' })
export class CommitmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  interactionId!: string;

  @Field(() => ID, { nullable: true })
  contactId!: string | null;

  @Field(() => ID, { nullable: true })
  campaignId!: string | null;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true })
  dueDate!: string | null;

  @Field(() => CommitmentStatus)
  status!: CommitmentStatus;

  @Field({ description: 'Due date passed and not kept or broken yet.' })
  isOverdue!: boolean;
}
