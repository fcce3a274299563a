import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../../core/auth/request-auth';
import { Connection } from '../../core/graphql/pagination';
import { AudienceEntity } from '../audience.entity';
import { AudienceRule } from '../audience-rule';
import { AudienceCountModel } from '../mailing.model';
import { CreateAudienceInput, SearchPageArgs, UpdateAudienceInput } from '../mailings.inputs';

const TODO = (): never => {
  throw new Error('not implemented yet');
};

@Injectable()
export class AudiencesService {
  list(_args: SearchPageArgs): Promise<Connection<AudienceEntity>> {
    return TODO();
  }
  byId(_id: string): Promise<AudienceEntity | null> {
    return TODO();
  }
  count(_listId: string, _rule: AudienceRule): Promise<AudienceCountModel> {
    return TODO();
  }
  create(_actor: SignedInUser, _input: CreateAudienceInput): Promise<AudienceEntity> {
    return TODO();
  }
  update(_actor: SignedInUser, _input: UpdateAudienceInput): Promise<AudienceEntity> {
    return TODO();
  }
}
