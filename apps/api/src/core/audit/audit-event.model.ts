import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../graphql/pagination';

@ObjectType('AuditFieldChange')
export class AuditFieldChangeModel {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON.' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON.' })
  to!: string | null;
}

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => ID, { nullable: true, description: 'Null when the system itself acted.' })
  actorId!: string | null;

  @Field({ description: '`<domain>.<verb>`, e.g. `user.invite`.' })
  action!: string;

  @Field()
  entityType!: string;

  @Field()
  entityId!: string;

  @Field(() => [AuditFieldChangeModel])
  changes!: AuditFieldChangeModel[];
}

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEventModel, 'AuditEvent') {}
