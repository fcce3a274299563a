import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../../core/auth/request-auth';
import { Connection } from '../../core/graphql/pagination';
import { ListSubscriptionEntity, MailingListEntity } from '../mailing-list.entity';
import { CreateMailingListInput, ListSubscriptionsArgs, SearchPageArgs, SubscribeContactInput, SuppressAddressInput, SuppressionsArgs, UnsubscribeContactInput, UpdateMailingListInput } from '../mailings.inputs';
import { SuppressionEntity } from '../suppression.entity';

const TODO = (): never => {
  throw new Error('not implemented yet');
};

@Injectable()
export class ListsService {
  list(_args: SearchPageArgs): Promise<Connection<MailingListEntity>> {
    return TODO();
  }
  byId(_id: string): Promise<MailingListEntity | null> {
    return TODO();
  }
  create(_actor: SignedInUser, _input: CreateMailingListInput): Promise<MailingListEntity> {
    return TODO();
  }
  update(_actor: SignedInUser, _input: UpdateMailingListInput): Promise<MailingListEntity> {
    return TODO();
  }
  subscriptions(_args: ListSubscriptionsArgs): Promise<Connection<ListSubscriptionEntity>> {
    return TODO();
  }
  subscribe(_actor: SignedInUser, _input: SubscribeContactInput): Promise<ListSubscriptionEntity> {
    return TODO();
  }
  unsubscribe(_actor: SignedInUser, _input: UnsubscribeContactInput): Promise<ListSubscriptionEntity> {
    return TODO();
  }
  suppressions(_args: SuppressionsArgs): Promise<Connection<SuppressionEntity>> {
    return TODO();
  }
  suppress(_actor: SignedInUser, _input: SuppressAddressInput): Promise<SuppressionEntity> {
    return TODO();
  }
  unsuppress(_actor: SignedInUser, _address: string): Promise<boolean> {
    return TODO();
  }
}
