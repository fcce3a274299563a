import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@alliance/domain';
import { Allow, SIGNED_IN } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { Loaders, RequestLoaders } from '../core/graphql/request-loaders';
import { CountriesLoaders } from '../countries/countries.loaders';
import { CountryModel } from '../countries/country.model';
import { OrganisationModel } from '../organisations/organisation.model';
import { OrganisationsLoaders } from '../organisations/organisations.loaders';
import { assertMaySeePrivateDetails } from './contact-privacy';
import { AffiliationModel, ContactConnection, ContactEmailModel, ContactModel, ContactPhoneModel, EmailConsentModel } from './contact.model';
import { ContactsLoaders } from './contacts.loaders';
import { ContactIdArgs, ContactsArgs, CreateContactInput, UpdateContactInput } from './contacts.inputs';
import { ContactsService } from './contacts.service';

@Resolver(() => ContactModel)
export class ContactsResolver {
  constructor(
    private readonly contacts: ContactsService,
    private readonly contactsLoaders: ContactsLoaders,
    private readonly countriesLoaders: CountriesLoaders,
  ) {}

  @Query(() => ContactConnection, { name: 'contacts', description: 'People in the directory, by last name; deleted ones left out.' })
  @Allow(SIGNED_IN)
  list(@CurrentUser() viewer: SignedInUser, @Args() args: ContactsArgs): Promise<ContactConnection> {
    return this.contacts.list(args, viewer);
  }

  @Query(() => ContactModel, { nullable: true })
  @Allow(SIGNED_IN)
  contact(@Args() { id }: ContactIdArgs, @Loaders() loaders: RequestLoaders): Promise<ContactModel | null> {
    return loaders.of(this.contactsLoaders).byId.load(id);
  }

  @Query(() => ContactConnection, { description: 'Deleted contacts, newest first, restorable for 30 days.' })
  @Allow(Role.COORDINATOR)
  deletedContacts(@Args() args: ContactsArgs): Promise<ContactConnection> {
    return this.contacts.deleted(args);
  }

  @Mutation(() => ContactModel)
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  createContact(@CurrentUser() actor: SignedInUser, @Args('input') input: CreateContactInput): Promise<ContactModel> {
    return this.contacts.create(actor, input);
  }

  @Mutation(() => ContactModel, { description: 'Lists given (emails, phones, affiliations) replace the current ones.' })
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  updateContact(@CurrentUser() actor: SignedInUser, @Args('input') input: UpdateContactInput): Promise<ContactModel> {
    return this.contacts.update(actor, input);
  }

  @Mutation(() => ContactModel, { description: 'Hides the contact everywhere; restorable for 30 days.' })
  @Allow(Role.COORDINATOR)
  deleteContact(@CurrentUser() actor: SignedInUser, @Args() { id }: ContactIdArgs): Promise<ContactModel> {
    return this.contacts.softDelete(actor, id);
  }

  @Mutation(() => ContactModel)
  @Allow(Role.COORDINATOR)
  restoreContact(@CurrentUser() actor: SignedInUser, @Args() { id }: ContactIdArgs): Promise<ContactModel> {
    return this.contacts.restore(actor, id);
  }

  @ResolveField(() => CountryModel, { nullable: true })
  country(@Parent() contact: ContactModel, @Loaders() loaders: RequestLoaders): Promise<CountryModel | null> {
    return contact.countryCode ? loaders.of(this.countriesLoaders).byCode.load(contact.countryCode) : Promise.resolve(null);
  }

  @ResolveField(() => [AffiliationModel])
  affiliations(@Parent() contact: ContactModel, @Loaders() loaders: RequestLoaders): Promise<AffiliationModel[]> {
    return loaders.of(this.contactsLoaders).affiliationsOfContact.load(contact.id);
  }

  @ResolveField(() => [ContactEmailModel], { nullable: true, description: "Private: members see it only for their own organisation's people." })
  async emails(@Parent() contact: ContactModel, @CurrentUser() viewer: SignedInUser, @Loaders() loaders: RequestLoaders): Promise<ContactEmailModel[]> {
    await assertMaySeePrivateDetails(viewer, contact.id, loaders, this.contactsLoaders);
    return loaders.of(this.contactsLoaders).emails.load(contact.id);
  }

  @ResolveField(() => [ContactPhoneModel], { nullable: true, description: 'Private, like emails.' })
  async phones(@Parent() contact: ContactModel, @CurrentUser() viewer: SignedInUser, @Loaders() loaders: RequestLoaders): Promise<ContactPhoneModel[]> {
    await assertMaySeePrivateDetails(viewer, contact.id, loaders, this.contactsLoaders);
    return loaders.of(this.contactsLoaders).phones.load(contact.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Private, like emails.' })
  async notes(@Parent() contact: ContactModel & { notes: string | null }, @CurrentUser() viewer: SignedInUser, @Loaders() loaders: RequestLoaders): Promise<string | null> {
    await assertMaySeePrivateDetails(viewer, contact.id, loaders, this.contactsLoaders);
    return contact.notes;
  }

  @ResolveField(() => EmailConsentModel, { nullable: true, description: 'Private, like emails.' })
  async emailConsent(
    @Parent() contact: ContactModel & { emailConsentStatus: EmailConsentModel['status']; emailConsentSource: string | null; emailConsentAt: Date | null },
    @CurrentUser() viewer: SignedInUser,
    @Loaders() loaders: RequestLoaders,
  ): Promise<EmailConsentModel> {
    await assertMaySeePrivateDetails(viewer, contact.id, loaders, this.contactsLoaders);
    return { status: contact.emailConsentStatus, source: contact.emailConsentSource, recordedAt: contact.emailConsentAt };
  }
}

@Resolver(() => AffiliationModel)
export class AffiliationsResolver {
  constructor(
    private readonly contactsLoaders: ContactsLoaders,
    private readonly organisationsLoaders: OrganisationsLoaders,
  ) {}

  @ResolveField(() => ContactModel, { nullable: true, description: 'Null when the contact is deleted.' })
  contact(@Parent() affiliation: AffiliationModel, @Loaders() loaders: RequestLoaders): Promise<ContactModel | null> {
    return loaders.of(this.contactsLoaders).byId.load(affiliation.contactId);
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'Null when the organisation is deleted.' })
  organisation(@Parent() affiliation: AffiliationModel, @Loaders() loaders: RequestLoaders): Promise<OrganisationModel | null> {
    return loaders.of(this.organisationsLoaders).byId.load(affiliation.organisationId);
  }
}

/** Adds an organisation's people to the Organisation type: the contacts domain knows affiliations. */
@Resolver(() => OrganisationModel)
export class OrganisationPeopleResolver {
  constructor(private readonly contactsLoaders: ContactsLoaders) {}

  @ResolveField(() => [AffiliationModel], { description: 'The people affiliated with the organisation.' })
  affiliations(@Parent() organisation: OrganisationModel, @Loaders() loaders: RequestLoaders): Promise<AffiliationModel[]> {
    return loaders.of(this.contactsLoaders).affiliationsOfOrganisation.load(organisation.id);
  }
}
