import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../../core/auth/request-auth';
import { Connection } from '../../core/graphql/pagination';
import { MailingEntity, MailingTranslationEntity } from '../mailing.entity';
import { MailingPreviewModel } from '../mailing.model';
import { CreateMailingInput, MailingsArgs, PreviewMailingArgs, UpdateMailingInput } from '../mailings.inputs';

const TODO = (): never => {
  throw new Error('not implemented yet');
};

@Injectable()
export class MailingsService {
  list(_args: MailingsArgs): Promise<Connection<MailingEntity>> {
    return TODO();
  }
  byId(_id: string): Promise<MailingEntity | null> {
    return TODO();
  }
  create(_actor: SignedInUser, _input: CreateMailingInput): Promise<MailingEntity> {
    return TODO();
  }
  update(_actor: SignedInUser, _input: UpdateMailingInput): Promise<MailingEntity> {
    return TODO();
  }
  translationsOf(_mailingId: string): Promise<MailingTranslationEntity[]> {
    return TODO();
  }
  preview(_args: PreviewMailingArgs): Promise<MailingPreviewModel> {
    return TODO();
  }
  testSend(_actor: SignedInUser, _id: string): Promise<boolean> {
    return TODO();
  }
}
