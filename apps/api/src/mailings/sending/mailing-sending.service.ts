import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../../core/auth/request-auth';
import { Connection } from '../../core/graphql/pagination';
import { DeliveryEntity } from '../delivery.entity';
import { MailingEntity } from '../mailing.entity';
import { MailingProgressModel } from '../mailing.model';
import { DeliveriesArgs, SendMailingInput } from '../mailings.inputs';

const TODO = (): never => {
  throw new Error('not implemented yet');
};

@Injectable()
export class MailingSendingService {
  send(_actor: SignedInUser, _input: SendMailingInput): Promise<MailingEntity> {
    return TODO();
  }
  approve(_actor: SignedInUser, _id: string): Promise<MailingEntity> {
    return TODO();
  }
  pause(_actor: SignedInUser, _id: string): Promise<MailingEntity> {
    return TODO();
  }
  resume(_actor: SignedInUser, _id: string): Promise<MailingEntity> {
    return TODO();
  }
  cancel(_actor: SignedInUser, _id: string): Promise<MailingEntity> {
    return TODO();
  }
  resendUnknown(_actor: SignedInUser, _id: string): Promise<MailingEntity> {
    return TODO();
  }
  progress(_mailingId: string): Promise<MailingProgressModel> {
    return TODO();
  }
  deliveries(_mailingId: string, _args: DeliveriesArgs): Promise<Connection<DeliveryEntity>> {
    return TODO();
  }
}
