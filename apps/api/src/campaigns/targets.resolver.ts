import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, Stance } from '@alliance/domain';
import { ContactModel } from '../contacts/contact.model';
import { ContactsLoaders } from '../contacts/contacts.loaders';
import { Allow } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { forbidden } from '../core/graphql/errors';
import { Loaders, RequestLoaders } from '../core/graphql/request-loaders';
import { InstitutionModel } from '../institutions/institution.model';
import { InstitutionsLoaders } from '../institutions/institutions.loaders';
import { StanceChangeModel, TargetModel } from './campaign.model';
import { AddTargetInput, UpdateTargetInput } from './campaigns.inputs';
import { CampaignsLoaders } from './campaigns.loaders';
import { TargetEntity } from './target.entity';
import { TargetsService } from './targets.service';

/** Stances are the alliance's internal reading of policymakers: never shown to member representatives. */
function assertStaff(viewer: SignedInUser | null): void {
  if (!viewer || viewer.role === Role.MEMBER) throw forbidden('Stances are shared with alliance staff only.');
}

@Resolver(() => TargetModel)
export class TargetsResolver {
  constructor(
    private readonly targets: TargetsService,
    private readonly contactsLoaders: ContactsLoaders,
    private readonly institutionsLoaders: InstitutionsLoaders,
    private readonly campaignsLoaders: CampaignsLoaders,
  ) {}

  @Mutation(() => TargetModel)
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  addTarget(@CurrentUser() actor: SignedInUser, @Args('input') input: AddTargetInput): Promise<TargetModel> {
    return this.targets.add(actor, input);
  }

  @Mutation(() => TargetModel, { description: 'Changes priority, ask or stance; stance changes are kept, dated.' })
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  updateTarget(@CurrentUser() actor: SignedInUser, @Args('input') input: UpdateTargetInput): Promise<TargetModel> {
    return this.targets.update(actor, input);
  }

  @ResolveField(() => Stance, { nullable: true, description: 'Staff only.' })
  stance(@Parent() target: TargetModel & Pick<TargetEntity, 'stance'>, @CurrentUser() viewer: SignedInUser): Stance {
    assertStaff(viewer);
    return target.stance;
  }

  @ResolveField(() => [StanceChangeModel], { nullable: true, description: 'Staff only: every stance, dated.' })
  stanceHistory(@Parent() target: TargetModel, @CurrentUser() viewer: SignedInUser, @Loaders() loaders: RequestLoaders): Promise<StanceChangeModel[]> {
    assertStaff(viewer);
    return loaders.of(this.campaignsLoaders).stanceHistory.load(target.id);
  }

  @ResolveField(() => ContactModel, { nullable: true })
  contact(@Parent() target: TargetModel, @Loaders() loaders: RequestLoaders): Promise<ContactModel | null> {
    return target.contactId ? loaders.of(this.contactsLoaders).byId.load(target.contactId) : Promise.resolve(null);
  }

  @ResolveField(() => InstitutionModel, { nullable: true })
  institution(@Parent() target: TargetModel, @Loaders() loaders: RequestLoaders): Promise<InstitutionModel | null> {
    return target.institutionId ? loaders.of(this.institutionsLoaders).byId.load(target.institutionId) : Promise.resolve(null);
  }
}
