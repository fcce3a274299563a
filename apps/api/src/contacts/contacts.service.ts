import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EmailConsentStatus, Language, Role } from '@alliance/domain';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { AuditService } from '../core/audit/audit.service';
import { SignedInUser } from '../core/auth/request-auth';
import { assertRestorable } from '../core/database/soft-delete';
import { escapeLike, searchable } from '../core/database/sql';
import { Connection, decodeCursor, toConnection } from '../core/graphql/pagination';
import { CountryEntity } from '../countries/country.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AffiliationEntity, ContactEmailEntity, ContactPhoneEntity } from './contact-details.entity';
import { ContactEntity } from './contact.entity';
import { contactsError, ContactsErrorCode } from './contacts.errors';
import { ContactFieldsInput, ContactsArgs, CreateContactInput, UpdateContactInput } from './contacts.inputs';

const AUDITED_FIELDS = ['firstName', 'lastName', 'preferredLanguage', 'countryCode', 'tags', 'notes', 'emailConsentStatus', 'emailConsentSource'] as const;
const SCALAR_FIELDS = ['firstName', 'lastName', 'preferredLanguage', 'countryCode', 'tags', 'notes'] as const;
const NAME_DOCUMENT = searchable("contact.firstName || ' ' || contact.lastName");

@Injectable()
export class ContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * By last name, then first name; keyset-paginated. Searching by the start of an email address is for those who
   * may read the address: a member representative matches emails of their own organisation's people only, or the
   * search would disclose others' addresses one letter at a time.
   */
  async list({ first, after, filter }: ContactsArgs, viewer?: SignedInUser): Promise<Connection<ContactEntity>> {
    const query = this.dataSource.getRepository(ContactEntity).createQueryBuilder('contact');
    const search = filter?.search?.trim();
    if (search) {
      const emailOwners =
        viewer?.role === Role.MEMBER
          ? 'AND EXISTS (SELECT 1 FROM affiliations own WHERE own.contact_id = contact.id AND own.organisation_id = :viewerOrganisationId)'
          : '';
      query.andWhere(
        `(${NAME_DOCUMENT} LIKE '%' || f_unaccent(lower(:searchLiteral)) || '%' OR f_unaccent(lower(:search)) <% ${NAME_DOCUMENT}
          OR (EXISTS (SELECT 1 FROM contact_emails email WHERE email.contact_id = contact.id AND email.address LIKE :emailPrefix) ${emailOwners}))`,
        { search, searchLiteral: escapeLike(search), emailPrefix: `${escapeLike(search)}%`, viewerOrganisationId: viewer?.organisationId ?? null },
      );
    }
    if (filter?.countryCodes?.length) query.andWhere('contact.countryCode IN (:...countryCodes)', { countryCodes: filter.countryCodes });
    if (filter?.tags?.length) query.andWhere('contact.tags && :tags', { tags: filter.tags });
    if (filter?.organisationId) {
      query.andWhere('EXISTS (SELECT 1 FROM affiliations a WHERE a.contact_id = contact.id AND a.organisation_id = :organisationId)', {
        organisationId: filter.organisationId,
      });
    }
    const totalCount = await query.clone().getCount();
    if (after) {
      const [lastName, firstName, id] = decodeCursor(after, 3);
      query.andWhere('(lower(contact.lastName), lower(contact.firstName), contact.id) > (:lastName, :firstName, :id)', { lastName, firstName, id });
    }
    const rows = await query
      .orderBy('lower(contact.lastName)', 'ASC')
      .addOrderBy('lower(contact.firstName)', 'ASC')
      .addOrderBy('contact.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (row) => [row.lastName.toLowerCase(), row.firstName.toLowerCase(), row.id], (row) => row);
  }

  /** Deleted contacts, most recently deleted first (restorable for 30 days). */
  async deleted({ first, after }: ContactsArgs): Promise<Connection<ContactEntity>> {
    const query = this.dataSource.getRepository(ContactEntity).createQueryBuilder('contact').withDeleted().where('contact.deletedAt IS NOT NULL');
    const totalCount = await query.clone().getCount();
    if (after) {
      const [deletedAt, id] = decodeCursor(after, 2);
      query.andWhere('(contact.deletedAt, contact.id) < (:deletedAt, :id)', { deletedAt, id });
    }
    const rows = await query.orderBy('contact.deletedAt', 'DESC').addOrderBy('contact.id', 'DESC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (row) => [row.deletedAt?.toISOString() ?? '', row.id], (row) => row);
  }

  /** Names of organisations by id (for exports). */
  async organisationNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const found = await this.dataSource.getRepository(OrganisationEntity).find({ where: { id: In([...new Set(ids)]) }, withDeleted: true });
    return new Map(found.map((organisation) => [organisation.id, organisation.name]));
  }

  async create(actor: SignedInUser, input: CreateContactInput): Promise<ContactEntity> {
    return this.dataSource.transaction(async (manager) => {
      const contact = manager.create(ContactEntity, {
        firstName: input.firstName,
        lastName: input.lastName,
        preferredLanguage: input.preferredLanguage ?? Language.EN,
        tags: input.tags ?? [],
        notes: input.notes ?? null,
        countryCode: input.countryCode ?? null,
      });
      await this.checkReferences(manager, input);
      this.applyConsent(contact, input);
      await manager.save(contact);
      await this.replaceDetails(manager, contact.id, input);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'contact.create',
        entityType: 'contact',
        entityId: contact.id,
        changes: [...this.audit.changesBetween(null, contact, AUDITED_FIELDS), ...this.detailChanges(input)],
      });
      return contact;
    });
  }

  async update(actor: SignedInUser, input: UpdateContactInput): Promise<ContactEntity> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.lock(manager, input.id);
      const before = { ...contact };
      await this.checkReferences(manager, input, contact.id);
      for (const field of SCALAR_FIELDS) {
        const value = input[field];
        if (value !== undefined) Object.assign(contact, { [field]: value });
      }
      this.applyConsent(contact, input);
      await manager.save(contact);
      await this.replaceDetails(manager, contact.id, input);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'contact.update',
        entityType: 'contact',
        entityId: contact.id,
        changes: [...this.audit.changesBetween(before, contact, AUDITED_FIELDS), ...this.detailChanges(input)],
      });
      return contact;
    });
  }

  async softDelete(actor: SignedInUser, id: string): Promise<ContactEntity> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.lock(manager, id);
      contact.deletedAt = new Date();
      await manager.update(ContactEntity, { id }, { deletedAt: contact.deletedAt });
      await this.audit.record(manager, { actorId: actor.id, action: 'contact.delete', entityType: 'contact', entityId: id });
      return contact;
    });
  }

  async restore(actor: SignedInUser, id: string): Promise<ContactEntity> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.lock(manager, id, true);
      assertRestorable('contact', contact.deletedAt);
      await manager.update(ContactEntity, { id }, { deletedAt: null });
      contact.deletedAt = null;
      await this.audit.record(manager, { actorId: actor.id, action: 'contact.restore', entityType: 'contact', entityId: id });
      return contact;
    });
  }

  /** Consent is dated when its status changes, so the record shows when the lawful basis began or ended. */
  private applyConsent(contact: ContactEntity, input: ContactFieldsInput): void {
    if (!input.emailConsent) return;
    if (input.emailConsent.status !== contact.emailConsentStatus) contact.emailConsentAt = new Date();
    contact.emailConsentStatus = input.emailConsent.status;
    contact.emailConsentSource = input.emailConsent.source ?? null;
    if (contact.emailConsentStatus === EmailConsentStatus.UNKNOWN) contact.emailConsentAt = null;
  }

  private async checkReferences(manager: EntityManager, input: ContactFieldsInput, contactId?: string): Promise<void> {
    if (input.countryCode && !(await manager.existsBy(CountryEntity, { code: input.countryCode }))) {
      throw contactsError(ContactsErrorCode.UNKNOWN_COUNTRY);
    }
    const emails = input.emails ?? [];
    if (emails.filter((email) => email.isPrimary).length > 1) throw contactsError(ContactsErrorCode.TWO_PRIMARY_EMAILS);
    const lowered = emails.map((email) => email.address.toLowerCase());
    const repeated = lowered.findIndex((address, index) => lowered.indexOf(address) !== index);
    if (repeated >= 0) throw contactsError(ContactsErrorCode.EMAIL_REPEATED, repeated);
    if (emails.length) {
      const taken = await manager.find(ContactEmailEntity, {
        where: { address: In(emails.map((email) => email.address)), ...(contactId ? { contactId: Not(contactId) } : {}) },
      });
      if (taken.length) throw contactsError(ContactsErrorCode.EMAIL_TAKEN, lowered.indexOf(taken[0].address.toLowerCase()));
    }
    const organisationIds = (input.affiliations ?? []).map((affiliation) => affiliation.organisationId);
    const repeatedOrganisation = organisationIds.findIndex((id, index) => organisationIds.indexOf(id) !== index);
    if (repeatedOrganisation >= 0) throw contactsError(ContactsErrorCode.ORGANISATION_REPEATED, repeatedOrganisation);
    if (organisationIds.length) {
      const found = new Set((await manager.findBy(OrganisationEntity, { id: In(organisationIds) })).map((organisation) => organisation.id));
      const missing = organisationIds.findIndex((id) => !found.has(id));
      if (missing >= 0) throw contactsError(ContactsErrorCode.UNKNOWN_ORGANISATION, missing);
    }
  }

  /** Lists given in the input replace the contact's; lists left out stay as they are. */
  private async replaceDetails(manager: EntityManager, contactId: string, input: ContactFieldsInput): Promise<void> {
    if (input.emails) {
      await manager.delete(ContactEmailEntity, { contactId });
      const primary = Math.max(0, input.emails.findIndex((email) => email.isPrimary));
      if (input.emails.length) {
        await manager.insert(
          ContactEmailEntity,
          input.emails.map((email, index) => ({ contactId, address: email.address, isPrimary: index === primary, position: index })),
        );
      }
    }
    if (input.phones) {
      await manager.delete(ContactPhoneEntity, { contactId });
      if (input.phones.length) {
        await manager.insert(
          ContactPhoneEntity,
          input.phones.map((phone, index) => ({ contactId, number: phone.number, label: phone.label ?? null, position: index })),
        );
      }
    }
    if (input.affiliations) {
      await manager.delete(AffiliationEntity, { contactId });
      if (input.affiliations.length) {
        await manager.insert(
          AffiliationEntity,
          input.affiliations.map((affiliation) => ({ contactId, organisationId: affiliation.organisationId, title: affiliation.title ?? null })),
        );
      }
    }
  }

  private detailChanges(input: ContactFieldsInput) {
    return [
      ...(input.emails ? [{ field: 'emails', from: null, to: input.emails.map((email) => email.address) }] : []),
      ...(input.phones ? [{ field: 'phones', from: null, to: input.phones.length }] : []),
      ...(input.affiliations ? [{ field: 'affiliations', from: null, to: input.affiliations.map((a) => a.organisationId) }] : []),
    ];
  }

  private async lock(manager: EntityManager, id: string, withDeleted = false): Promise<ContactEntity> {
    const query = manager.createQueryBuilder(ContactEntity, 'contact').setLock('pessimistic_write').where('contact.id = :id', { id });
    if (withDeleted) query.withDeleted();
    const contact = await query.getOne();
    if (!contact) throw contactsError(ContactsErrorCode.CONTACT_NOT_FOUND);
    return contact;
  }
}
