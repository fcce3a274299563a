import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@alliance/domain';
import { Allow } from '../../core/auth/allow.decorator';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { SignedInUser } from '../../core/auth/request-auth';
import { Connection } from '../../core/graphql/pagination';
import { AudienceConnection, AudienceCountModel, AudienceModel } from '../mailing.model';
import { AudienceCountArgs, CreateAudienceInput, IdArgs, SearchPageArgs, UpdateAudienceInput } from '../mailings.inputs';
import { AudiencesService } from './audiences.service';

@Resolver(() => AudienceModel)
export class AudiencesResolver {
  constructor(private readonly audienceService: AudiencesService) {}

  @Query(() => AudienceConnection, { description: 'Saved audiences, by name.' })
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  audiences(@Args() args: SearchPageArgs): Promise<Connection<AudienceModel>> {
    return this.audienceService.list(args);
  }

  @Query(() => AudienceModel, { nullable: true })
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  audience(@Args() { id }: IdArgs): Promise<AudienceModel | null> {
    return this.audienceService.byId(id);
  }

  @Query(() => AudienceCountModel, { description: 'Counts, now, who a mailing on this list to this audience would reach and who it would exclude.' })
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  audienceCount(@Args() args: AudienceCountArgs): Promise<AudienceCountModel> {
    return this.audienceService.count(args.listId, args.rule);
  }

  @Mutation(() => AudienceModel)
  @Allow(Role.COORDINATOR)
  createAudience(@CurrentUser() actor: SignedInUser, @Args('input') input: CreateAudienceInput): Promise<AudienceModel> {
    return this.audienceService.create(actor, input);
  }

  @Mutation(() => AudienceModel)
  @Allow(Role.COORDINATOR)
  updateAudience(@CurrentUser() actor: SignedInUser, @Args('input') input: UpdateAudienceInput): Promise<AudienceModel> {
    return this.audienceService.update(actor, input);
  }
}
