import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@alliance/domain';
import { ContactModel } from '../contacts/contact.model';
import { ContactsLoaders } from '../contacts/contacts.loaders';
import { Allow, SIGNED_IN } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { Loaders, RequestLoaders } from '../core/graphql/request-loaders';
import { CountriesLoaders } from '../countries/countries.loaders';
import { CountryModel } from '../countries/country.model';
import { InstitutionConnection, InstitutionModel, PositionConnection, PositionModel } from './institution.model';
import { InstitutionsLoaders } from './institutions.loaders';
import {
  AddPositionInput,
  CreateInstitutionInput,
  EndPositionInput,
  InstitutionIdArgs,
  InstitutionsArgs,
  PolicymakersArgs,
  UpdateInstitutionInput,
} from './institutions.inputs';
import { InstitutionsService } from './institutions.service';
import { isCurrent, PositionsService } from './positions.service';
import { PositionEntity } from './position.entity';

function toPositionModel(position: PositionEntity): PositionModel {
  return { ...position, isCurrent: isCurrent(position) };
}

@Resolver(() => InstitutionModel)
export class InstitutionsResolver {
  constructor(
    private readonly institutions: InstitutionsService,
    private readonly institutionsLoaders: InstitutionsLoaders,
    private readonly countriesLoaders: CountriesLoaders,
  ) {}

  @Query(() => InstitutionConnection, { name: 'institutions', description: 'UN organs, missions, governments, regional bodies and courts, by name.' })
  @Allow(SIGNED_IN)
  list(@Args() args: InstitutionsArgs): Promise<InstitutionConnection> {
    return this.institutions.list(args);
  }

  @Query(() => InstitutionModel, { nullable: true })
  @Allow(SIGNED_IN)
  institution(@Args() { id }: InstitutionIdArgs, @Loaders() loaders: RequestLoaders): Promise<InstitutionModel | null> {
    return loaders.of(this.institutionsLoaders).byId.load(id);
  }

  @Query(() => InstitutionConnection, { description: 'Deleted institutions, newest first, restorable for 30 days.' })
  @Allow(Role.COORDINATOR)
  deletedInstitutions(@Args() args: InstitutionsArgs): Promise<InstitutionConnection> {
    return this.institutions.deleted(args);
  }

  @Mutation(() => InstitutionModel)
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  createInstitution(@CurrentUser() actor: SignedInUser, @Args('input') input: CreateInstitutionInput): Promise<InstitutionModel> {
    return this.institutions.create(actor, input);
  }

  @Mutation(() => InstitutionModel)
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  updateInstitution(@CurrentUser() actor: SignedInUser, @Args('input') input: UpdateInstitutionInput): Promise<InstitutionModel> {
    return this.institutions.update(actor, input);
  }

  @Mutation(() => InstitutionModel, { description: 'Hides the institution everywhere; restorable for 30 days.' })
  @Allow(Role.COORDINATOR)
  deleteInstitution(@CurrentUser() actor: SignedInUser, @Args() { id }: InstitutionIdArgs): Promise<InstitutionModel> {
    return this.institutions.softDelete(actor, id);
  }

  @Mutation(() => InstitutionModel)
  @Allow(Role.COORDINATOR)
  restoreInstitution(@CurrentUser() actor: SignedInUser, @Args() { id }: InstitutionIdArgs): Promise<InstitutionModel> {
    return this.institutions.restore(actor, id);
  }

  @ResolveField(() => InstitutionModel, { nullable: true })
  parent(@Parent() institution: InstitutionModel, @Loaders() loaders: RequestLoaders): Promise<InstitutionModel | null> {
    return institution.parentId ? loaders.of(this.institutionsLoaders).byId.load(institution.parentId) : Promise.resolve(null);
  }

  @ResolveField(() => [InstitutionModel], { description: 'Institutions directly nested under this one.' })
  children(@Parent() institution: InstitutionModel, @Loaders() loaders: RequestLoaders): Promise<InstitutionModel[]> {
    return loaders.of(this.institutionsLoaders).children.load(institution.id);
  }

  @ResolveField(() => CountryModel, { nullable: true })
  country(@Parent() institution: InstitutionModel, @Loaders() loaders: RequestLoaders): Promise<CountryModel | null> {
    return institution.countryCode ? loaders.of(this.countriesLoaders).byCode.load(institution.countryCode) : Promise.resolve(null);
  }

  @ResolveField(() => [PositionModel], { description: 'Positions at this institution, current and past, newest first.' })
  async positions(@Parent() institution: InstitutionModel, @Loaders() loaders: RequestLoaders): Promise<PositionModel[]> {
    return (await loaders.of(this.institutionsLoaders).positionsAtInstitution.load(institution.id)).map(toPositionModel);
  }
}

@Resolver(() => PositionModel)
export class PositionsResolver {
  constructor(
    private readonly positions: PositionsService,
    private readonly institutionsLoaders: InstitutionsLoaders,
    private readonly contactsLoaders: ContactsLoaders,
  ) {}

  @Query(() => PositionConnection, {
    description: 'Contacts holding a position today, by name; filter by institution (with everything nested under it and, for a body such as the Security Council, the missions seated on it today), kind and country.',
  })
  @Allow(SIGNED_IN)
  async policymakers(@Args() args: PolicymakersArgs): Promise<PositionConnection> {
    const page = await this.positions.policymakers(args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toPositionModel(edge.node) })) };
  }

  @Mutation(() => PositionModel, { description: 'Records a position; with closeCurrentPositions, a job change that closes the previous ones.' })
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  async addPosition(@CurrentUser() actor: SignedInUser, @Args('input') input: AddPositionInput): Promise<PositionModel> {
    return toPositionModel(await this.positions.add(actor, input));
  }

  @Mutation(() => PositionModel, { description: 'Closes a position; it stays in the history.' })
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  async endPosition(@CurrentUser() actor: SignedInUser, @Args('input') input: EndPositionInput): Promise<PositionModel> {
    return toPositionModel(await this.positions.end(actor, input));
  }

  @ResolveField(() => ContactModel, { nullable: true })
  contact(@Parent() position: PositionModel, @Loaders() loaders: RequestLoaders): Promise<ContactModel | null> {
    return loaders.of(this.contactsLoaders).byId.load(position.contactId);
  }

  @ResolveField(() => InstitutionModel, { nullable: true })
  institution(@Parent() position: PositionModel, @Loaders() loaders: RequestLoaders): Promise<InstitutionModel | null> {
    return loaders.of(this.institutionsLoaders).byId.load(position.institutionId);
  }
}

/** Adds positions to the Contact type. */
@Resolver(() => ContactModel)
export class ContactPositionsResolver {
  constructor(private readonly institutionsLoaders: InstitutionsLoaders) {}

  @ResolveField(() => [PositionModel], { description: 'Current and past positions, newest first.' })
  async positions(@Parent() contact: ContactModel, @Loaders() loaders: RequestLoaders): Promise<PositionModel[]> {
    return (await loaders.of(this.institutionsLoaders).positionsOfContact.load(contact.id)).map(toPositionModel);
  }
}
