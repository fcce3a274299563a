import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@alliance/domain';
import { AuditEventModel } from '../core/audit/audit-event.model';
import { Allow, ANONYMOUS, SIGNED_IN } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { Loaders, RequestLoaders } from '../core/graphql/request-loaders';
import { UserConnection, UserModel } from './user.model';
import { UsersLoaders } from './users.loaders';
import { ChangeUserRoleInput, InviteUserInput, UpdateMyPreferencesInput, UserIdArgs, UsersArgs } from './users.inputs';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null.' })
  @Allow(ANONYMOUS)
  async me(@CurrentUser() user: SignedInUser | null): Promise<UserModel | null> {
    return user ? this.usersService.findById(user.id) : null;
  }

  @Query(() => UserConnection, { description: 'Everyone with access to the CRM, by name.' })
  @Allow(Role.COORDINATOR)
  users(@Args() args: UsersArgs): Promise<UserConnection> {
    return this.usersService.list(args);
  }

  @Query(() => UserConnection, { description: 'Active alliance staff (not member representatives), by name: to assign a task or name who took part.' })
  @Allow(Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST)
  colleagues(@Args() args: UsersArgs): Promise<UserConnection> {
    return this.usersService.list(args, { staffOnly: true });
  }

  @Mutation(() => UserModel, { description: 'Creates an invited user and emails them a link to set their password.' })
  @Allow(Role.COORDINATOR)
  inviteUser(@CurrentUser() actor: SignedInUser, @Args('input') input: InviteUserInput): Promise<UserModel> {
    return this.usersService.invite(actor, input);
  }

  @Mutation(() => UserModel, { description: 'Sends a fresh invitation link; the previous one stops working.' })
  @Allow(Role.COORDINATOR)
  resendInvitation(@CurrentUser() actor: SignedInUser, @Args() { userId }: UserIdArgs): Promise<UserModel> {
    return this.usersService.resendInvitation(actor, userId);
  }

  @Mutation(() => UserModel)
  @Allow(Role.COORDINATOR)
  changeUserRole(@CurrentUser() actor: SignedInUser, @Args('input') input: ChangeUserRoleInput): Promise<UserModel> {
    return this.usersService.changeRole(actor, input);
  }

  @Mutation(() => UserModel, { description: 'The user can no longer sign in; their open sessions stop working at once.' })
  @Allow(Role.COORDINATOR)
  disableUser(@CurrentUser() actor: SignedInUser, @Args() { userId }: UserIdArgs): Promise<UserModel> {
    return this.usersService.disable(actor, userId);
  }

  @Mutation(() => UserModel)
  @Allow(Role.COORDINATOR)
  enableUser(@CurrentUser() actor: SignedInUser, @Args() { userId }: UserIdArgs): Promise<UserModel> {
    return this.usersService.enable(actor, userId);
  }

  @Mutation(() => UserModel)
  @Allow(SIGNED_IN)
  updateMyPreferences(@CurrentUser() actor: SignedInUser, @Args('input') input: UpdateMyPreferencesInput): Promise<UserModel> {
    return this.usersService.updatePreferences(actor, input.language);
  }
}

/** Adds `actor` to audit events: the users domain knows users; the audit core does not. */
@Resolver(() => AuditEventModel)
export class AuditEventActorResolver {
  constructor(private readonly usersLoaders: UsersLoaders) {}

  @ResolveField(() => UserModel, { nullable: true })
  actor(@Parent() event: AuditEventModel, @Loaders() loaders: RequestLoaders): Promise<UserModel | null> {
    return event.actorId ? loaders.of(this.usersLoaders).byId.load(event.actorId) : Promise.resolve(null);
  }
}
