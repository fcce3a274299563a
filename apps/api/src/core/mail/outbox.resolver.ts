import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@alliance/domain';
import { IsString, Matches } from 'class-validator';
import { AppConfig } from '../../config/app-config';
import { Allow } from '../auth/allow.decorator';
import { PageArgs } from '../graphql/pagination';
import { MailOutbox } from './mail-outbox';
import { MailDeliveryModel, OutboxMessageConnection, OutboxMessageContentModel, OutboxMessageModel } from './outbox.model';

@ArgsType()
class OutboxMessageArgs {
  @Field(() => ID)
  @IsString()
  @Matches(/^\d{13}-[0-9a-f]{12}$/, { message: 'must be the id of a message in the outbox' })
  id!: string;
}

/** Coordinators read what the installation would have sent, when it has no SMTP relay. */
@Resolver(() => OutboxMessageModel)
export class OutboxResolver {
  private readonly outbox: MailOutbox;

  constructor(private readonly config: AppConfig) {
    this.outbox = new MailOutbox(config.outboxDirectory);
  }

  @Query(() => MailDeliveryModel, { description: 'Where mail goes: an SMTP relay, or the local outbox.' })
  @Allow(Role.COORDINATOR)
  mailDelivery(): MailDeliveryModel {
    return { outbox: this.config.mailGoesTo === 'outbox' };
  }

  @Query(() => OutboxMessageConnection, { description: 'Messages kept in the local outbox, newest first (empty when mail goes to SMTP).' })
  @Allow(Role.COORDINATOR)
  async outboxMessages(@Args() args: PageArgs): Promise<OutboxMessageConnection> {
    const page = await this.outbox.list(args.first, args.after);
    return {
      edges: page.entries.map((entry) => ({ cursor: entry.id, node: entry })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.entries.at(-1)?.id ?? null },
      totalCount: page.totalCount,
    };
  }

  @Query(() => OutboxMessageContentModel, { nullable: true, description: 'One kept message, with its HTML, text and source; null when there is none by that id.' })
  @Allow(Role.COORDINATOR)
  outboxMessage(@Args() { id }: OutboxMessageArgs): Promise<OutboxMessageContentModel | null> {
    return this.outbox.read(id);
  }
}

