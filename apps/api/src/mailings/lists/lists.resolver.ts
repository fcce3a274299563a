import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@alliance/domain';
import { ContactModel } from '../../contacts/contact.model';
import { ContactsLoaders } from '../../contacts/contacts.loaders';
import { Allow } from '../../core/auth/allow.decorator';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { SignedInUser } from '../../core/auth/request-auth';
import { Connection } from '../../core/graphql/pagination';
import { Loaders, RequestLoaders } from '../../core/graphql/request-loaders';
import { ListSubscriptionConnection, ListSubscriptionModel, MailingListConnection, MailingListModel, SuppressionConnection, SuppressionModel } from '../mailing.model';
import {
  CreateMailingListInput,
  AddressArgs,
  IdArgs,
  ListSubscriptionsArgs,
  SearchPageArgs,
  SubscribeContactInput,
  SuppressAddressInput,
  SuppressionsArgs,
  UnsubscribeContactInput,
  UpdateMailingListInput,
} from '../mailings.inputs';
import { ListSubscriptionsService } from './list-subscriptions.service';
import { ListsService } from './lists.service';
import { SuppressionsService } from './suppressions.service';

/** Mailing lists, who is on them with which consent, and the addresses that get nothing. */
@Resolver(() => MailingListModel)
export class ListsResolver {
  constructor(
    private readonly lists: ListsService,
    private readonly subscriptionsService: ListSubscriptionsService,
    private readonly suppressionsService: SuppressionsService,
  ) {}

  @Query(() => MailingListConnection, { description: 'Mailing lists, by name.' })
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  mailingLists(@Args() args: SearchPageArgs): Promise<Connection<MailingListModel>> {
    return this.lists.list(args);
  }

  @Query(() => MailingListModel, { nullable: true })
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  mailingList(@Args() { id }: IdArgs): Promise<MailingListModel | null> {
    return this.lists.byId(id);
  }

  @Mutation(() => MailingListModel)
  @Allow(Role.COORDINATOR)
  createMailingList(@CurrentUser() actor: SignedInUser, @Args('input') input: CreateMailingListInput): Promise<MailingListModel> {
    return this.lists.create(actor, input);
  }

  @Mutation(() => MailingListModel)
  @Allow(Role.COORDINATOR)
  updateMailingList(@CurrentUser() actor: SignedInUser, @Args('input') input: UpdateMailingListInput): Promise<MailingListModel> {
    return this.lists.update(actor, input);
  }

  @Query(() => ListSubscriptionConnection, { description: 'Subscriptions of a list or of a contact, newest first.' })
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  listSubscriptions(@Args() args: ListSubscriptionsArgs): Promise<Connection<ListSubscriptionModel>> {
    return this.subscriptionsService.list(args);
  }

  @Mutation(() => ListSubscriptionModel, { description: 'Records a subscription with its consent (staff-added: no confirmation mail).' })
  @Allow(Role.COORDINATOR)
  subscribeContact(@CurrentUser() actor: SignedInUser, @Args('input') input: SubscribeContactInput): Promise<ListSubscriptionModel> {
    return this.subscriptionsService.subscribe(actor, input);
  }

  @Mutation(() => ListSubscriptionModel)
  @Allow(Role.COORDINATOR)
  unsubscribeContact(@CurrentUser() actor: SignedInUser, @Args('input') input: UnsubscribeContactInput): Promise<ListSubscriptionModel> {
    return this.subscriptionsService.unsubscribe(actor, input);
  }

  @Query(() => SuppressionConnection, { description: 'Addresses that receive no mailing, newest first.' })
  @Allow(Role.COORDINATOR)
  suppressions(@Args() args: SuppressionsArgs): Promise<Connection<SuppressionModel>> {
    return this.suppressionsService.list(args);
  }

  @Mutation(() => SuppressionModel)
  @Allow(Role.COORDINATOR)
  suppressAddress(@CurrentUser() actor: SignedInUser, @Args('input') input: SuppressAddressInput): Promise<SuppressionModel> {
    return this.suppressionsService.suppress(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Lets the address receive mailings again (a hard bounce that was a mistake).' })
  @Allow(Role.COORDINATOR)
  unsuppressAddress(@CurrentUser() actor: SignedInUser, @Args() { address }: AddressArgs): Promise<boolean> {
    return this.suppressionsService.unsuppress(actor, address);
  }
}

/** Who a subscription is for: the directory's contact, batched for a whole page of subscribers. */
@Resolver(() => ListSubscriptionModel)
export class ListSubscriptionsResolver {
  constructor(private readonly contactsLoaders: ContactsLoaders) {}

  @ResolveField(() => ContactModel, { nullable: true, description: 'Null when the contact is deleted.' })
  contact(@Parent() subscription: ListSubscriptionModel, @Loaders() loaders: RequestLoaders): Promise<ContactModel | null> {
    return loaders.of(this.contactsLoaders).byId.load(subscription.contactId);
  }
}
