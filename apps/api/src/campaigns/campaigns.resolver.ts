import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@alliance/domain';
import { Allow, SIGNED_IN } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { Loaders, RequestLoaders } from '../core/graphql/request-loaders';
import { OrganisationModel } from '../organisations/organisation.model';
import { OrganisationsLoaders } from '../organisations/organisations.loaders';
import { mayView } from './campaign-visibility';
import { CampaignConnection, CampaignModel, ParticipationModel, TargetModel } from './campaign.model';
import { CampaignsLoaders } from './campaigns.loaders';
import { CampaignIdArgs, CampaignsArgs, CreateCampaignInput, SetParticipationInput, UpdateCampaignInput } from './campaigns.inputs';
import { CampaignsService } from './campaigns.service';
import { ParticipationsService } from './participations.service';

@Resolver(() => CampaignModel)
export class CampaignsResolver {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly participationsService: ParticipationsService,
    private readonly campaignsLoaders: CampaignsLoaders,
    private readonly organisationsLoaders: OrganisationsLoaders,
  ) {}

  @Query(() => CampaignConnection, { name: 'campaigns', description: 'Campaigns the caller may see (members: those open to members), by name.' })
  @Allow(SIGNED_IN)
  list(@CurrentUser() viewer: SignedInUser, @Args() args: CampaignsArgs): Promise<CampaignConnection> {
    return this.campaigns.list(viewer, args);
  }

  @Query(() => CampaignModel, { nullable: true, description: 'Null when it does not exist or the caller may not see it.' })
  @Allow(SIGNED_IN)
  async campaign(@CurrentUser() viewer: SignedInUser, @Args() { id }: CampaignIdArgs, @Loaders() loaders: RequestLoaders): Promise<CampaignModel | null> {
    const campaign = await loaders.of(this.campaignsLoaders).byId.load(id);
    return campaign && mayView(viewer, campaign) ? campaign : null;
  }

  @Mutation(() => CampaignModel)
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  createCampaign(@CurrentUser() actor: SignedInUser, @Args('input') input: CreateCampaignInput): Promise<CampaignModel> {
    return this.campaigns.create(actor, input);
  }

  @Mutation(() => CampaignModel)
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  updateCampaign(@CurrentUser() actor: SignedInUser, @Args('input') input: UpdateCampaignInput): Promise<CampaignModel> {
    return this.campaigns.update(actor, input);
  }

  @Mutation(() => ParticipationModel, { description: "Joins an open campaign on behalf of the caller's member organisation, as supporter." })
  @Allow(Role.MEMBER)
  joinCampaign(@CurrentUser() actor: SignedInUser, @Args() { id }: CampaignIdArgs): Promise<ParticipationModel> {
    return this.participationsService.join(actor, id);
  }

  @Mutation(() => ParticipationModel, { description: "Ends the caller's organisation's participation; the history stays." })
  @Allow(Role.MEMBER)
  leaveCampaign(@CurrentUser() actor: SignedInUser, @Args() { id }: CampaignIdArgs): Promise<ParticipationModel> {
    return this.participationsService.leave(actor, id);
  }

  @Mutation(() => ParticipationModel, { description: 'Adds an organisation to a campaign or changes its role (lead, partner, supporter).' })
  @Allow(Role.COORDINATOR)
  setParticipation(@CurrentUser() actor: SignedInUser, @Args('input') input: SetParticipationInput): Promise<ParticipationModel> {
    return this.participationsService.set(actor, input.campaignId, input.organisationId, input.role);
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  leadOrganisation(@Parent() campaign: CampaignModel, @Loaders() loaders: RequestLoaders): Promise<OrganisationModel | null> {
    return campaign.leadOrganisationId ? loaders.of(this.organisationsLoaders).byId.load(campaign.leadOrganisationId) : Promise.resolve(null);
  }

  @ResolveField(() => [ParticipationModel], { description: 'Who takes part; with includePast, who took part and when they left.' })
  async participations(
    @Parent() campaign: CampaignModel,
    @Loaders() loaders: RequestLoaders,
    @Args('includePast', { defaultValue: false }) includePast: boolean,
  ): Promise<ParticipationModel[]> {
    const all = await loaders.of(this.campaignsLoaders).participationsOfCampaign.load(campaign.id);
    return includePast ? all : all.filter((participation) => !participation.leftAt);
  }

  @ResolveField(() => [TargetModel], { description: 'Policymakers and institutions this campaign wants to move.' })
  targets(@Parent() campaign: CampaignModel, @Loaders() loaders: RequestLoaders): Promise<TargetModel[]> {
    return loaders.of(this.campaignsLoaders).targetsOfCampaign.load(campaign.id);
  }
}

@Resolver(() => ParticipationModel)
export class ParticipationsResolver {
  constructor(
    private readonly organisationsLoaders: OrganisationsLoaders,
    private readonly campaignsLoaders: CampaignsLoaders,
  ) {}

  @ResolveField(() => OrganisationModel, { nullable: true })
  organisation(@Parent() participation: ParticipationModel, @Loaders() loaders: RequestLoaders): Promise<OrganisationModel | null> {
    return loaders.of(this.organisationsLoaders).byId.load(participation.organisationId);
  }

  @ResolveField(() => CampaignModel, { nullable: true, description: 'Null when the caller may not see the campaign.' })
  async campaign(@Parent() participation: ParticipationModel, @CurrentUser() viewer: SignedInUser, @Loaders() loaders: RequestLoaders): Promise<CampaignModel | null> {
    const campaign = await loaders.of(this.campaignsLoaders).byId.load(participation.campaignId);
    return campaign && mayView(viewer, campaign) ? campaign : null;
  }
}

/** Adds an organisation's campaigns to the Organisation type. */
@Resolver(() => OrganisationModel)
export class OrganisationCampaignsResolver {
  constructor(private readonly campaignsLoaders: CampaignsLoaders) {}

  @ResolveField(() => [ParticipationModel], { description: "The organisation's campaigns, past and present (those the caller may see)." })
  async participations(@Parent() organisation: OrganisationModel, @CurrentUser() viewer: SignedInUser, @Loaders() loaders: RequestLoaders): Promise<ParticipationModel[]> {
    const set = loaders.of(this.campaignsLoaders);
    const participations = await set.participationsOfOrganisation.load(organisation.id);
    const campaigns = await set.byId.loadMany(participations.map((participation) => participation.campaignId));
    return participations.filter((_, index) => {
      const campaign = campaigns[index];
      return campaign && !(campaign instanceof Error) && mayView(viewer, campaign);
    });
  }
}
