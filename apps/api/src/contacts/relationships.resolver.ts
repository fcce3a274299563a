import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@alliance/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../core/audit/audit.service';
import { Allow } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { badUserInput, notFound } from '../core/graphql/errors';
import { Loaders, RequestLoaders } from '../core/graphql/request-loaders';
import { ContactEntity } from './contact.entity';
import { ContactModel } from './contact.model';
import { ContactsLoaders } from './contacts.loaders';
import { RelationshipEntity } from './relationship.entity';
import { RelationshipModel } from './relationship.model';
import { RelationshipsLoaders } from './relationships.loaders';
import { AddRelationshipInput, RelationshipIdArgs } from './relationships.inputs';

@Resolver(() => RelationshipModel)
export class RelationshipsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly contactsLoaders: ContactsLoaders,
  ) {}

  @Mutation(() => RelationshipModel, { description: 'Links two people, e.g. an adviser to a minister.' })
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  addRelationship(@CurrentUser() actor: SignedInUser, @Args('input') input: AddRelationshipInput): Promise<RelationshipModel> {
    if (input.fromContactId === input.toContactId) throw badUserInput({ field: 'toContactId', message: 'must be another person' });
    if (input.startDate && input.endDate && input.endDate < input.startDate) {
      throw badUserInput({ field: 'endDate', message: 'must not be before the start date' });
    }
    return this.dataSource.transaction(async (manager) => {
      for (const field of ['fromContactId', 'toContactId'] as const) {
        if (!(await manager.existsBy(ContactEntity, { id: input[field] }))) throw badUserInput({ field, message: 'is not a contact in the directory' });
      }
      const relationship = manager.create(RelationshipEntity, {
        ...input,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        note: input.note ?? null,
      });
      await manager.save(relationship);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'relationship.add',
        entityType: 'relationship',
        entityId: relationship.id,
        changes: this.audit.changesBetween(null, relationship, ['fromContactId', 'kind', 'toContactId', 'startDate', 'endDate', 'note']),
      });
      return relationship;
    });
  }

  @Mutation(() => Boolean, { description: 'Removes a link recorded by mistake (an ended one keeps its end date instead).' })
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  async removeRelationship(@CurrentUser() actor: SignedInUser, @Args() { id }: RelationshipIdArgs): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const relationship = await manager.findOneBy(RelationshipEntity, { id });
      if (!relationship) throw notFound('The relationship');
      await manager.delete(RelationshipEntity, { id });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'relationship.remove',
        entityType: 'relationship',
        entityId: id,
        changes: [{ field: 'link', from: `${relationship.fromContactId} ${relationship.kind} ${relationship.toContactId}`, to: null }],
      });
      return true;
    });
  }

  @ResolveField(() => ContactModel, { nullable: true })
  fromContact(@Parent() relationship: RelationshipModel, @Loaders() loaders: RequestLoaders): Promise<ContactModel | null> {
    return loaders.of(this.contactsLoaders).byId.load(relationship.fromContactId);
  }

  @ResolveField(() => ContactModel, { nullable: true })
  toContact(@Parent() relationship: RelationshipModel, @Loaders() loaders: RequestLoaders): Promise<ContactModel | null> {
    return loaders.of(this.contactsLoaders).byId.load(relationship.toContactId);
  }
}

/** Adds a person's relationships, both directions, to the Contact type. */
@Resolver(() => ContactModel)
export class ContactRelationshipsResolver {
  constructor(private readonly relationshipsLoaders: RelationshipsLoaders) {}

  @ResolveField(() => [RelationshipModel], { description: 'Links from and to this person.' })
  async relationships(@Parent() contact: ContactModel, @Loaders() loaders: RequestLoaders): Promise<RelationshipModel[]> {
    const set = loaders.of(this.relationshipsLoaders);
    const [from, to] = await Promise.all([set.from.load(contact.id), set.to.load(contact.id)]);
    return [...from, ...to];
  }
}
