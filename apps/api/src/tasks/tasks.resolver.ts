import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@alliance/domain';
import { mayView } from '../campaigns/campaign-visibility';
import { CampaignModel } from '../campaigns/campaign.model';
import { CampaignsLoaders } from '../campaigns/campaigns.loaders';
import { Allow, SIGNED_IN } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { Loaders, RequestLoaders } from '../core/graphql/request-loaders';
import { OrganisationModel } from '../organisations/organisation.model';
import { OrganisationsLoaders } from '../organisations/organisations.loaders';
import { UserModel } from '../users/user.model';
import { UsersLoaders } from '../users/users.loaders';
import { TaskCommentModel, TaskConnection, TaskModel } from './task.model';
import { TasksLoaders } from './tasks.loaders';
import { AddTaskCommentInput, CreateTaskInput, TaskIdArgs, TasksArgs, UpdateTaskInput } from './tasks.inputs';
import { TasksService } from './tasks.service';

@Resolver(() => TaskModel)
export class TasksResolver {
  constructor(
    private readonly tasks: TasksService,
    private readonly tasksLoaders: TasksLoaders,
    private readonly usersLoaders: UsersLoaders,
    private readonly organisationsLoaders: OrganisationsLoaders,
    private readonly campaignsLoaders: CampaignsLoaders,
  ) {}

  @Query(() => TaskConnection, { name: 'tasks', description: 'Coalition tasks (members: their organisation’s), soonest due first; filter by campaign for a board.' })
  @Allow(SIGNED_IN)
  list(@CurrentUser() viewer: SignedInUser, @Args() args: TasksArgs): Promise<TaskConnection> {
    return this.tasks.list(viewer, args);
  }

  @Query(() => TaskConnection, { description: "The caller's tasks; for a member representative, their organisation's." })
  @Allow(SIGNED_IN)
  myTasks(@CurrentUser() viewer: SignedInUser, @Args() args: TasksArgs): Promise<TaskConnection> {
    return this.tasks.mine(viewer, args);
  }

  @Query(() => TaskModel, { nullable: true })
  @Allow(SIGNED_IN)
  async task(@CurrentUser() viewer: SignedInUser, @Args() { id }: TaskIdArgs, @Loaders() loaders: RequestLoaders): Promise<TaskModel | null> {
    const task = await loaders.of(this.tasksLoaders).byId.load(id);
    return task && (await this.tasks.mayView(viewer, task)) ? task : null;
  }

  @Mutation(() => TaskModel)
  @Allow(Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST)
  createTask(@CurrentUser() actor: SignedInUser, @Args('input') input: CreateTaskInput): Promise<TaskModel> {
    return this.tasks.create(actor, input);
  }

  @Mutation(() => TaskModel, { description: "Staff edit any task; a member representative moves their organisation's tasks between statuses." })
  @Allow(Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST, Role.MEMBER)
  updateTask(@CurrentUser() actor: SignedInUser, @Args('input') input: UpdateTaskInput): Promise<TaskModel> {
    return this.tasks.update(actor, input);
  }

  @Mutation(() => TaskCommentModel)
  @Allow(Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST, Role.MEMBER)
  addTaskComment(@CurrentUser() actor: SignedInUser, @Args('input') input: AddTaskCommentInput): Promise<TaskCommentModel> {
    return this.tasks.comment(actor, input);
  }

  @ResolveField(() => UserModel, { nullable: true })
  assigneeUser(@Parent() task: TaskModel, @Loaders() loaders: RequestLoaders): Promise<UserModel | null> {
    return task.assigneeUserId ? loaders.of(this.usersLoaders).byId.load(task.assigneeUserId) : Promise.resolve(null);
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  assigneeOrganisation(@Parent() task: TaskModel, @Loaders() loaders: RequestLoaders): Promise<OrganisationModel | null> {
    return task.assigneeOrganisationId ? loaders.of(this.organisationsLoaders).byId.load(task.assigneeOrganisationId) : Promise.resolve(null);
  }

  @ResolveField(() => CampaignModel, { nullable: true, description: 'Null when the task has none or the caller may not see it.' })
  async campaign(@CurrentUser() viewer: SignedInUser, @Parent() task: TaskModel, @Loaders() loaders: RequestLoaders): Promise<CampaignModel | null> {
    const campaign = task.campaignId ? await loaders.of(this.campaignsLoaders).byId.load(task.campaignId) : null;
    return campaign && mayView(viewer, campaign) ? campaign : null;
  }

  @ResolveField(() => [TaskCommentModel])
  comments(@Parent() task: TaskModel, @Loaders() loaders: RequestLoaders): Promise<TaskCommentModel[]> {
    return loaders.of(this.tasksLoaders).comments.load(task.id);
  }
}

@Resolver(() => TaskCommentModel)
export class TaskCommentsResolver {
  constructor(private readonly usersLoaders: UsersLoaders) {}

  @ResolveField(() => UserModel, { nullable: true })
  author(@Parent() comment: TaskCommentModel, @Loaders() loaders: RequestLoaders): Promise<UserModel | null> {
    return comment.authorId ? loaders.of(this.usersLoaders).byId.load(comment.authorId) : Promise.resolve(null);
  }
}
