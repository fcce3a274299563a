import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommitmentStatus, Role } from '@alliance/domain';
import { mayView } from '../campaigns/campaign-visibility';
import { CampaignModel, TargetModel } from '../campaigns/campaign.model';
import { CampaignsLoaders } from '../campaigns/campaigns.loaders';
import { ContactModel } from '../contacts/contact.model';
import { ContactsLoaders } from '../contacts/contacts.loaders';
import { Allow, SIGNED_IN } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { found, Loaders, RequestLoaders } from '../core/graphql/request-loaders';
import { InstitutionModel } from '../institutions/institution.model';
import { InstitutionsLoaders } from '../institutions/institutions.loaders';
import { OrganisationModel } from '../organisations/organisation.model';
import { OrganisationsLoaders } from '../organisations/organisations.loaders';
import { TaskModel } from '../tasks/task.model';
import { TasksService } from '../tasks/tasks.service';
import { UserModel } from '../users/user.model';
import { UsersLoaders } from '../users/users.loaders';
import { maySeeColleagues, maySeeNotes } from './interaction-visibility';
import { CommitmentEntity, InteractionEntity } from './interaction.entity';
import { CommitmentModel, InteractionConnection, InteractionModel } from './interaction.model';
import { notesRefused } from './interactions.errors';
import { InteractionsLoaders } from './interactions.loaders';
import { InteractionIdArgs, InteractionsArgs, LogInteractionInput, OpenCommitmentsArgs, UpdateCommitmentInput } from './interactions.inputs';
import { InteractionsService } from './interactions.service';

function toCommitmentModel(commitment: CommitmentEntity): CommitmentModel {
  const open = commitment.status === CommitmentStatus.MADE || commitment.status === CommitmentStatus.IN_PROGRESS;
  return { ...commitment, isOverdue: open && !!commitment.dueDate && commitment.dueDate < new Date().toISOString().slice(0, 10) };
}

@Resolver(() => InteractionModel)
export class InteractionsResolver {
  constructor(
    private readonly interactionsService: InteractionsService,
    private readonly interactionsLoaders: InteractionsLoaders,
    private readonly contactsLoaders: ContactsLoaders,
    private readonly institutionsLoaders: InstitutionsLoaders,
    private readonly organisationsLoaders: OrganisationsLoaders,
    private readonly campaignsLoaders: CampaignsLoaders,
    private readonly usersLoaders: UsersLoaders,
    private readonly tasksService: TasksService,
  ) {}

  @Query(() => InteractionConnection, {
    description: "Outreach history, newest first: a contact's, an institution's (with its children) or a campaign's. Members see coalition-level ones, without notes.",
  })
  @Allow(SIGNED_IN)
  interactions(@CurrentUser() viewer: SignedInUser, @Args() args: InteractionsArgs): Promise<InteractionConnection> {
    return this.interactionsService.timeline(viewer, args);
  }

  @Query(() => InteractionModel, {
    nullable: true,
    description: 'One interaction, by the rules of `interactions`; null when it does not exist or the caller may not see it. Reading a restricted one\'s notes is audited.',
  })
  @Allow(SIGNED_IN)
  interaction(@CurrentUser() viewer: SignedInUser, @Args() { id }: InteractionIdArgs): Promise<InteractionModel | null> {
    return this.interactionsService.findVisible(viewer, id);
  }

  @Mutation(() => InteractionModel, { description: 'Logs a meeting, call, letter... with the people met, commitments and follow-up tasks, in one step.' })
  @Allow(Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST)
  logInteraction(@CurrentUser() actor: SignedInUser, @Args('input') input: LogInteractionInput): Promise<InteractionModel> {
    return this.interactionsService.log(actor, input);
  }

  @Mutation(() => CommitmentModel)
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  async updateCommitment(@CurrentUser() actor: SignedInUser, @Args('input') input: UpdateCommitmentInput): Promise<CommitmentModel> {
    return toCommitmentModel(await this.interactionsService.updateCommitment(actor, input));
  }

  @Query(() => [CommitmentModel], { description: "A campaign's open commitments, soonest due first." })
  @Allow(Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST)
  async openCommitments(@Args() { campaignId, overdueOnly }: OpenCommitmentsArgs): Promise<CommitmentModel[]> {
    return (await this.interactionsService.openCommitments(campaignId, overdueOnly)).map(toCommitmentModel);
  }

  @ResolveField(() => String, { nullable: true, description: 'Staff only; reading a restricted one is audited.' })
  async summary(@Parent() interaction: InteractionEntity, @CurrentUser() viewer: SignedInUser): Promise<string | null> {
    if (!maySeeNotes(viewer)) throw notesRefused();
    await this.interactionsService.auditRestrictedRead(viewer, interaction);
    return interaction.summary;
  }

  @ResolveField(() => String, { nullable: true, description: 'Staff only.' })
  outcome(@Parent() interaction: InteractionEntity, @CurrentUser() viewer: SignedInUser): string | null {
    if (!maySeeNotes(viewer)) throw notesRefused();
    return interaction.outcome;
  }

  @ResolveField(() => [CommitmentModel], { nullable: true, description: 'Staff only.' })
  async commitments(@Parent() interaction: InteractionModel, @CurrentUser() viewer: SignedInUser, @Loaders() loaders: RequestLoaders): Promise<CommitmentModel[]> {
    if (!maySeeNotes(viewer)) throw notesRefused();
    return (await loaders.of(this.interactionsLoaders).commitments.load(interaction.id)).map(toCommitmentModel);
  }

  @ResolveField(() => [ContactModel], { description: 'The people met.' })
  async contacts(@Parent() interaction: InteractionModel, @Loaders() loaders: RequestLoaders): Promise<ContactModel[]> {
    const links = await loaders.of(this.interactionsLoaders).contacts.load(interaction.id);
    const contacts = await loaders.of(this.contactsLoaders).byId.loadMany(links.map((link) => link.contactId));
    return found(contacts);
  }

  @ResolveField(() => [InstitutionModel])
  async institutions(@Parent() interaction: InteractionModel, @Loaders() loaders: RequestLoaders): Promise<InstitutionModel[]> {
    const links = await loaders.of(this.interactionsLoaders).institutions.load(interaction.id);
    const institutions = await loaders.of(this.institutionsLoaders).byId.loadMany(links.map((link) => link.institutionId));
    return found(institutions);
  }

  @ResolveField(() => [OrganisationModel], { description: 'Member organisations that took part.' })
  async participantOrganisations(@Parent() interaction: InteractionModel, @Loaders() loaders: RequestLoaders): Promise<OrganisationModel[]> {
    const links = (await loaders.of(this.interactionsLoaders).participants.load(interaction.id)).filter((link) => link.organisationId);
    const organisations = await loaders.of(this.organisationsLoaders).byId.loadMany(links.map((link) => link.organisationId as string));
    return found(organisations);
  }

  @ResolveField(() => CampaignModel, { nullable: true, description: 'Null when it has none or the caller may not see it.' })
  async campaign(@Parent() interaction: InteractionModel, @CurrentUser() viewer: SignedInUser, @Loaders() loaders: RequestLoaders): Promise<CampaignModel | null> {
    const campaign = interaction.campaignId ? await loaders.of(this.campaignsLoaders).byId.load(interaction.campaignId) : null;
    return campaign && mayView(viewer, campaign) ? campaign : null;
  }

  @ResolveField(() => [UserModel], { description: 'Colleagues who took part, by name. Staff only: members get an empty list (see participantOrganisations).' })
  async participantUsers(@Parent() interaction: InteractionModel, @CurrentUser() viewer: SignedInUser, @Loaders() loaders: RequestLoaders): Promise<UserModel[]> {
    if (!maySeeColleagues(viewer)) return [];
    const links = (await loaders.of(this.interactionsLoaders).participants.load(interaction.id)).filter((link) => link.userId);
    const users = found(await loaders.of(this.usersLoaders).byId.loadMany(links.map((link) => link.userId as string)));
    return users.sort((a, b) => a.name.localeCompare(b.name));
  }

  @ResolveField(() => [TaskModel], { description: 'Tasks logged with it, oldest first; those the caller may see (members: their organisation’s).' })
  async followUpTasks(@Parent() interaction: InteractionModel, @CurrentUser() viewer: SignedInUser, @Loaders() loaders: RequestLoaders): Promise<TaskModel[]> {
    const tasks = await loaders.of(this.interactionsLoaders).followUpTasks.load(interaction.id);
    const visible = await Promise.all(tasks.map((task) => this.tasksService.mayView(viewer, task)));
    return tasks.filter((_task, index) => visible[index]);
  }
}

@Resolver(() => CommitmentModel)
export class CommitmentsResolver {
  constructor(private readonly contactsLoaders: ContactsLoaders) {}

  @ResolveField(() => ContactModel, { nullable: true, description: 'Who promised; null when the contact was deleted.' })
  contact(@Parent() commitment: CommitmentModel, @Loaders() loaders: RequestLoaders): Promise<ContactModel | null> {
    return commitment.contactId ? loaders.of(this.contactsLoaders).byId.load(commitment.contactId) : Promise.resolve(null);
  }
}

/** Adds when a target was last reached (from the outreach history), so stale targets stand out. */
@Resolver(() => TargetModel)
export class TargetLastReachedResolver {
  constructor(private readonly interactionsLoaders: InteractionsLoaders) {}

  @ResolveField(() => Date, { nullable: true, description: 'The last interaction with this policymaker or institution.' })
  lastReachedAt(@Parent() target: TargetModel, @Loaders() loaders: RequestLoaders): Promise<Date | null> {
    const set = loaders.of(this.interactionsLoaders);
    if (target.contactId) return set.lastReachedContact.load(target.contactId);
    return target.institutionId ? set.lastReachedInstitution.load(target.institutionId) : Promise.resolve(null);
  }
}

/** Adds a campaign's open commitments to the Campaign type (staff only). */
@Resolver(() => CampaignModel)
export class CampaignCommitmentsResolver {
  constructor(private readonly interactions: InteractionsService) {}

  @ResolveField(() => [CommitmentModel], { nullable: true, description: 'Open commitments, soonest due first; staff only.' })
  async openCommitments(@Parent() campaign: CampaignModel, @CurrentUser() viewer: SignedInUser): Promise<CommitmentModel[]> {
    if (!maySeeNotes(viewer)) throw notesRefused();
    return (await this.interactions.openCommitments(campaign.id, false)).map(toCommitmentModel);
  }
}
