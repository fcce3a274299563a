import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../graphql/pagination';

@ObjectType('OutboxMessage', { description: 'A message kept in the local outbox instead of sent (no SMTP_URL).' })
export class OutboxMessageModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'When it was kept, which is when it would have been sent.' })
  keptAt!: Date;

  @Field()
  from!: string;

  @Field(() => [String])
  to!: string[];

  @Field()
  subject!: string;

  @Field(() => Int, { description: 'Size of the whole message (the .eml file), in bytes.' })
  sizeBytes!: number;
}

@ObjectType('OutboxMessageContent', { description: 'A kept message with its parts and its source.' })
export class OutboxMessageContentModel extends OutboxMessageModel {
  @Field(() => String, { nullable: true, description: 'The HTML part, as sent: render it only in a sandbox.' })
  html!: string | null;

  @Field(() => String, { nullable: true, description: 'The plain-text part.' })
  text!: string | null;

  @Field({ description: 'The whole message as an SMTP server would have received it (RFC 5322, MIME).' })
  source!: string;
}

@ObjectType()
export class OutboxMessageConnection extends ConnectionType(OutboxMessageModel, 'OutboxMessage') {}

@ObjectType('MailDelivery', { description: 'Where the mail of this installation goes.' })
export class MailDeliveryModel {
  @Field({ description: 'True when there is no SMTP relay (SMTP_URL unset) and mail is kept in the local outbox.' })
  outbox!: boolean;
}
