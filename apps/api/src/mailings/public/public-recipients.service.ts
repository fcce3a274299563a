import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { ContactEmailEntity } from '../../contacts/contact-details.entity';
import { ContactEntity } from '../../contacts/contact.entity';
import { RecipientTokenPayload } from './recipient-token';

/** Merges chain one contact to the next; a longer chain than this is a data problem, not a person. */
const MAX_MERGE_HOPS = 10;

export interface NewSubscriber {
  address: string;
  firstName?: string;
  lastName?: string;
  language: string;
}

/** The directory's contact behind an address, as the public pages and the webhook find it. */
@Injectable()
export class PublicRecipients {
  constructor(private readonly audit: AuditService) {}

  /**
   * Serialises everything done for one address until the transaction ends: two submissions of the
   * form for a new address create one contact, not a unique-key error.
   */
  async lockAddress(manager: EntityManager, address: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('mailing-address:' || lower($1), 0))`, [address]);
  }

  /** The live contact holding this address (following merges), or null. */
  async byAddress(manager: EntityManager, address: string): Promise<ContactEntity | null> {
    const email = await manager.findOne(ContactEmailEntity, { where: { address } });
    return email ? this.live(manager, email.contactId) : null;
  }

  /** The token's contact when it still exists (following merges), else whoever holds the address now. */
  async ofToken(manager: EntityManager, token: RecipientTokenPayload): Promise<ContactEntity | null> {
    const contact = token.contactId ? await this.live(manager, token.contactId) : null;
    return contact ?? this.byAddress(manager, token.email);
  }

  /**
   * The contact holding the address, or a new one. Null when the address belongs to a contact staff
   * deleted: the public form must not bring them back (staff restore them if they should be).
   * A new contact without names is called by the part of the address before the @, with an empty last
   * name, for staff to complete; the form never changes what the directory already holds.
   */
  async findOrCreate(manager: EntityManager, subscriber: NewSubscriber): Promise<ContactEntity | null> {
    const email = await manager.findOne(ContactEmailEntity, { where: { address: subscriber.address } });
    if (email) return this.live(manager, email.contactId);
    const contact = manager.create(ContactEntity, {
      firstName: subscriber.firstName?.trim() || subscriber.address.split('@')[0].slice(0, 100),
      lastName: subscriber.lastName?.trim() ?? '',
      preferredLanguage: subscriber.language,
      tags: [],
      notes: null,
      countryCode: null,
    });
    await manager.save(contact);
    await manager.insert(ContactEmailEntity, { contactId: contact.id, address: subscriber.address, isPrimary: true, position: 0 });
    await this.audit.record(manager, {
      actorId: null,
      action: 'contact.create',
      entityType: 'contact',
      entityId: contact.id,
      changes: [
        ...this.audit.changesBetween(null, contact, ['firstName', 'lastName', 'preferredLanguage']),
        { field: 'emails', from: null, to: [subscriber.address] },
      ],
    });
    return contact;
  }

  private async live(manager: EntityManager, contactId: string): Promise<ContactEntity | null> {
    let id: string | null = contactId;
    for (let hop = 0; id && hop <= MAX_MERGE_HOPS; hop += 1) {
      const contact: ContactEntity | null = await manager.findOne(ContactEntity, { where: { id }, withDeleted: true });
      if (!contact) return null;
      if (!contact.deletedAt) return contact;
      id = contact.mergedIntoId;
    }
    return null;
  }
}
