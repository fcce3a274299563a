import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { LoaderFactory, loaderByKey, loaderOfLists } from '../core/graphql/request-loaders';
import { AffiliationEntity, ContactEmailEntity, ContactPhoneEntity } from './contact-details.entity';
import { ContactEntity } from './contact.entity';

export interface ContactsLoaderSet {
  byId: DataLoader<string, ContactEntity | null>;
  emails: DataLoader<string, ContactEmailEntity[]>;
  phones: DataLoader<string, ContactPhoneEntity[]>;
  affiliationsOfContact: DataLoader<string, AffiliationEntity[]>;
  affiliationsOfOrganisation: DataLoader<string, AffiliationEntity[]>;
}

@Injectable()
export class ContactsLoaders implements LoaderFactory<ContactsLoaderSet> {
  constructor(
    @InjectRepository(ContactEntity) private readonly contacts: Repository<ContactEntity>,
    @InjectRepository(ContactEmailEntity) private readonly emails: Repository<ContactEmailEntity>,
    @InjectRepository(ContactPhoneEntity) private readonly phones: Repository<ContactPhoneEntity>,
    @InjectRepository(AffiliationEntity) private readonly affiliations: Repository<AffiliationEntity>,
  ) {}

  createLoaders(): ContactsLoaderSet {
    return {
      byId: loaderByKey((ids) => this.contacts.findBy({ id: In([...ids]) }), 'id'),
      emails: loaderOfLists((ids) => this.emails.find({ where: { contactId: In([...ids]) }, order: { position: 'ASC' } }), 'contactId'),
      phones: loaderOfLists((ids) => this.phones.find({ where: { contactId: In([...ids]) }, order: { position: 'ASC' } }), 'contactId'),
      affiliationsOfContact: loaderOfLists(
        (ids) => this.affiliations.find({ where: { contactId: In([...ids]) }, order: { createdAt: 'ASC' } }),
        'contactId',
      ),
      affiliationsOfOrganisation: loaderOfLists(
        (ids) => this.affiliations.find({ where: { organisationId: In([...ids]) }, order: { createdAt: 'ASC' } }),
        'organisationId',
      ),
    };
  }
}
