import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@alliance/domain';
import { Allow, SIGNED_IN } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { Loaders, RequestLoaders } from '../core/graphql/request-loaders';
import { CountriesLoaders } from '../countries/countries.loaders';
import { CountryModel } from '../countries/country.model';
import { MembershipChangeModel, OrganisationConnection, OrganisationModel } from './organisation.model';
import { OrganisationsLoaders } from './organisations.loaders';
import { ChangeMembershipStatusInput, CreateOrganisationInput, OrganisationIdArgs, OrganisationsArgs, UpdateOrganisationInput } from './organisations.inputs';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly organisationsLoaders: OrganisationsLoaders,
    private readonly countriesLoaders: CountriesLoaders,
  ) {}

  @Query(() => OrganisationConnection, {
    name: 'organisations',
    description: 'Member and partner organisations, filtered and sorted; deleted ones left out.',
  })
  @Allow(SIGNED_IN)
  list(@Args() args: OrganisationsArgs): Promise<OrganisationConnection> {
    return this.organisations.list(args);
  }

  @Query(() => OrganisationModel, { nullable: true })
  @Allow(SIGNED_IN)
  organisation(@Args() { id }: OrganisationIdArgs, @Loaders() loaders: RequestLoaders): Promise<OrganisationModel | null> {
    return loaders.of(this.organisationsLoaders).byId.load(id);
  }

  @Query(() => OrganisationConnection, { description: 'Deleted organisations, newest first, restorable for 30 days.' })
  @Allow(Role.COORDINATOR)
  deletedOrganisations(@Args() args: OrganisationsArgs): Promise<OrganisationConnection> {
    return this.organisations.deleted(args);
  }

  @Mutation(() => OrganisationModel)
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  createOrganisation(@CurrentUser() actor: SignedInUser, @Args('input') input: CreateOrganisationInput): Promise<OrganisationModel> {
    return this.organisations.create(actor, input);
  }

  @Mutation(() => OrganisationModel, { description: 'Edits the profile; a member representative may edit only their own organisation.' })
  @Allow(Role.COORDINATOR, Role.ADVOCATE, Role.MEMBER)
  updateOrganisation(@CurrentUser() actor: SignedInUser, @Args('input') input: UpdateOrganisationInput): Promise<OrganisationModel> {
    return this.organisations.update(actor, input);
  }

  @Mutation(() => OrganisationModel, { description: 'Records a dated change of membership status.' })
  @Allow(Role.COORDINATOR)
  changeMembershipStatus(@CurrentUser() actor: SignedInUser, @Args('input') input: ChangeMembershipStatusInput): Promise<OrganisationModel> {
    return this.organisations.changeMembershipStatus(actor, input);
  }

  @Mutation(() => OrganisationModel, { description: 'Hides the organisation everywhere; restorable for 30 days.' })
  @Allow(Role.COORDINATOR)
  deleteOrganisation(@CurrentUser() actor: SignedInUser, @Args() { id }: OrganisationIdArgs): Promise<OrganisationModel> {
    return this.organisations.softDelete(actor, id);
  }

  @Mutation(() => OrganisationModel)
  @Allow(Role.COORDINATOR)
  restoreOrganisation(@CurrentUser() actor: SignedInUser, @Args() { id }: OrganisationIdArgs): Promise<OrganisationModel> {
    return this.organisations.restore(actor, id);
  }

  @ResolveField(() => CountryModel, { nullable: true })
  country(@Parent() organisation: OrganisationModel, @Loaders() loaders: RequestLoaders): Promise<CountryModel | null> {
    return organisation.countryCode ? loaders.of(this.countriesLoaders).byCode.load(organisation.countryCode) : Promise.resolve(null);
  }

  @ResolveField(() => [MembershipChangeModel], { description: 'Every membership status change, oldest first.' })
  membershipHistory(@Parent() organisation: OrganisationModel, @Loaders() loaders: RequestLoaders): Promise<MembershipChangeModel[]> {
    return loaders.of(this.organisationsLoaders).membershipHistory.load(organisation.id);
  }
}
