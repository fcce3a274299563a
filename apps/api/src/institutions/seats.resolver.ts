import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@alliance/domain';
import { Allow, SIGNED_IN } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { Loaders, RequestLoaders } from '../core/graphql/request-loaders';
import { InstitutionModel } from './institution.model';
import { InstitutionsLoaders } from './institutions.loaders';
import { SeatModel } from './seat.model';
import { AddSeatInput, SeatsArgs } from './seats.inputs';
import { SeatsService } from './seats.service';

@Resolver(() => SeatModel)
export class SeatsResolver {
  constructor(
    private readonly seats: SeatsService,
    private readonly institutionsLoaders: InstitutionsLoaders,
  ) {}

  @Query(() => [SeatModel], { name: 'seats', description: 'Who sits on a body, and who presides, on a given day (today by default).' })
  @Allow(SIGNED_IN)
  list(@Args() { bodyId, on }: SeatsArgs): Promise<SeatModel[]> {
    return this.seats.on(bodyId, on ?? new Date().toISOString().slice(0, 10));
  }

  @Mutation(() => SeatModel)
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  addSeat(@CurrentUser() actor: SignedInUser, @Args('input') input: AddSeatInput): Promise<SeatModel> {
    return this.seats.add(actor, input);
  }

  @ResolveField(() => InstitutionModel, { nullable: true })
  member(@Parent() seat: SeatModel, @Loaders() loaders: RequestLoaders): Promise<InstitutionModel | null> {
    return loaders.of(this.institutionsLoaders).byId.load(seat.memberId);
  }

  @ResolveField(() => InstitutionModel, { nullable: true })
  body(@Parent() seat: SeatModel, @Loaders() loaders: RequestLoaders): Promise<InstitutionModel | null> {
    return loaders.of(this.institutionsLoaders).byId.load(seat.bodyId);
  }
}
