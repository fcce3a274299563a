import { Injectable } from '@nestjs/common';
import { Args, ArgsType, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@alliance/domain';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../core/audit/audit.service';
import { Allow } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { badUserInput, notFound } from '../core/graphql/errors';
import { ContactEntity } from './contact.entity';
import { ContactModel } from './contact.model';

@ObjectType('ContactDuplicate', { description: 'Two contacts that are probably the same person.' })
export class ContactDuplicateModel {
  @Field(() => ContactModel)
  first!: ContactModel;

  @Field(() => ContactModel)
  second!: ContactModel;

  @Field({ description: 'SAME_NAME (same name, accents and case aside) or SIMILAR_NAME_SAME_ORGANISATION.' })
  reason!: string;

  @Field(() => Float, { description: 'Name similarity, 0 to 1.' })
  score!: number;
}

@ArgsType()
class DuplicatesArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(100, { message: 'must be at most 100' })
  first: number = 50;
}

@InputType()
class MergeContactsInput {
  @Field(() => ID, { description: 'The contact that stays.' })
  @IsUUID('all', { message: 'must be a contact id' })
  keepId!: string;

  @Field(() => ID, { description: 'The contact merged into it, then soft-deleted (restorable for 30 days).' })
  @IsUUID('all', { message: 'must be a contact id' })
  mergeId!: string;
}

const NAME = (alias: string) => `f_unaccent(lower(${alias}.first_name || ' ' || ${alias}.last_name))`;

/** Likely duplicates: the same name anywhere, or a similar name within one organisation. Best first. */
const DUPLICATES_SQL = `
  SELECT first_id, second_id, reason, score FROM (
    SELECT a.id AS first_id, b.id AS second_id, 'SAME_NAME' AS reason, 1.0::float AS score
      FROM contacts a JOIN contacts b ON ${NAME('a')} = ${NAME('b')} AND a.id < b.id
     WHERE a.deleted_at IS NULL AND b.deleted_at IS NULL
    UNION
    SELECT a.id, b.id, 'SIMILAR_NAME_SAME_ORGANISATION', similarity(${NAME('a')}, ${NAME('b')})::float
      FROM affiliations fa
      JOIN affiliations fb ON fb.organisation_id = fa.organisation_id AND fa.contact_id < fb.contact_id
      JOIN contacts a ON a.id = fa.contact_id AND a.deleted_at IS NULL
      JOIN contacts b ON b.id = fb.contact_id AND b.deleted_at IS NULL
     WHERE ${NAME('a')} % ${NAME('b')} AND ${NAME('a')} <> ${NAME('b')}
  ) pairs
  ORDER BY score DESC, first_id, second_id
  LIMIT $1`;

@Injectable()
export class ContactMergeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async duplicates(first: number): Promise<ContactDuplicateModel[]> {
    const pairs: { first_id: string; second_id: string; reason: string; score: number }[] = await this.dataSource.query(DUPLICATES_SQL, [first]);
    const ids = [...new Set(pairs.flatMap((pair) => [pair.first_id, pair.second_id]))];
    const contacts = new Map((await this.dataSource.getRepository(ContactEntity).findBy({ id: In(ids) })).map((contact) => [contact.id, contact]));
    return pairs.flatMap((pair) => {
      const [a, b] = [contacts.get(pair.first_id), contacts.get(pair.second_id)];
      return a && b ? [{ first: a, second: b, reason: pair.reason, score: Number(pair.score) }] : [];
    });
  }

  /**
   * Moves everything the merged contact has (emails, phones, affiliations, positions, relationships)
   * to the kept one, keeps the more recent consent and both sets of tags and notes, then soft-deletes
   * the merged contact with a pointer to where its records went. One transaction, audited on both.
   */
  async merge(actor: SignedInUser, keepId: string, mergeId: string): Promise<ContactEntity> {
    if (keepId === mergeId) throw badUserInput({ field: 'mergeId', message: 'must be another contact than keepId' });
    return this.dataSource.transaction(async (manager) => {
      const [keep, merged] = await Promise.all([this.lock(manager, keepId, 'keepId'), this.lock(manager, mergeId, 'mergeId')]);
      const before = { ...keep };
      await manager.query('UPDATE contact_emails SET contact_id = $1, is_primary = false, position = position + 100 WHERE contact_id = $2', [keepId, mergeId]);
      await manager.query('UPDATE contact_phones SET contact_id = $1, position = position + 100 WHERE contact_id = $2', [keepId, mergeId]);
      await manager.query(
        `INSERT INTO affiliations (contact_id, organisation_id, title, created_at)
         SELECT $1, organisation_id, title, created_at FROM affiliations WHERE contact_id = $2 ON CONFLICT (contact_id, organisation_id) DO NOTHING`,
        [keepId, mergeId],
      );
      await manager.query('DELETE FROM affiliations WHERE contact_id = $1', [mergeId]);
      await manager.query('UPDATE positions SET contact_id = $1 WHERE contact_id = $2', [keepId, mergeId]);
      await manager.query('UPDATE relationships SET from_contact_id = $1 WHERE from_contact_id = $2', [keepId, mergeId]);
      await manager.query('UPDATE relationships SET to_contact_id = $1 WHERE to_contact_id = $2', [keepId, mergeId]);
      await manager.query('DELETE FROM relationships WHERE from_contact_id = to_contact_id');
      // The outreach history follows the person.
      await manager.query(
        `INSERT INTO interaction_contacts (interaction_id, contact_id, occurred_at)
         SELECT interaction_id, $1, occurred_at FROM interaction_contacts WHERE contact_id = $2 ON CONFLICT DO NOTHING`,
        [keepId, mergeId],
      );
      await manager.query('DELETE FROM interaction_contacts WHERE contact_id = $1', [mergeId]);
      await manager.query('UPDATE commitments SET contact_id = $1 WHERE contact_id = $2', [keepId, mergeId]);
      await manager.query('UPDATE deliveries SET contact_id = $1 WHERE contact_id = $2', [keepId, mergeId]);
      // Subscriptions: lists the kept contact is not on move over; where both are on a list, leaving it wins over
      // being on it (a person who unsubscribed is never mailed again by a merge), and subscribed wins over pending.
      await manager.query(
        `UPDATE list_subscriptions keep SET status = merged.status, consent_source = merged.consent_source, consent_at = merged.consent_at,
                confirmed_at = merged.confirmed_at, unsubscribed_at = merged.unsubscribed_at, updated_at = now()
           FROM list_subscriptions merged
          WHERE keep.contact_id = $1 AND merged.contact_id = $2 AND merged.list_id = keep.list_id
            AND (CASE merged.status WHEN 'UNSUBSCRIBED' THEN 3 WHEN 'SUBSCRIBED' THEN 2 ELSE 1 END)
              > (CASE keep.status WHEN 'UNSUBSCRIBED' THEN 3 WHEN 'SUBSCRIBED' THEN 2 ELSE 1 END)`,
        [keepId, mergeId],
      );
      await manager.query(
        `UPDATE list_subscriptions merged SET contact_id = $1
          WHERE merged.contact_id = $2 AND NOT EXISTS (SELECT 1 FROM list_subscriptions keep WHERE keep.contact_id = $1 AND keep.list_id = merged.list_id)`,
        [keepId, mergeId],
      );
      await manager.query('DELETE FROM list_subscriptions WHERE contact_id = $1', [mergeId]);
      keep.tags = [...new Set([...keep.tags, ...merged.tags])];
      keep.notes = [keep.notes, merged.notes].filter(Boolean).join('\n\n') || null;
      keep.countryCode ??= merged.countryCode;
      if ((merged.emailConsentAt?.getTime() ?? 0) > (keep.emailConsentAt?.getTime() ?? 0)) {
        keep.emailConsentStatus = merged.emailConsentStatus;
        keep.emailConsentSource = merged.emailConsentSource;
        keep.emailConsentAt = merged.emailConsentAt;
      }
      await manager.save(keep);
      await manager.update(ContactEntity, { id: mergeId }, { deletedAt: new Date(), mergedIntoId: keepId });
      const fields = ['tags', 'notes', 'countryCode', 'emailConsentStatus', 'emailConsentSource'] as const;
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'contact.merge',
        entityType: 'contact',
        entityId: keepId,
        changes: [...this.audit.changesBetween(before, keep, fields), { field: 'mergedFrom', from: null, to: mergeId }],
      });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'contact.merged-into',
        entityType: 'contact',
        entityId: mergeId,
        changes: [{ field: 'mergedIntoId', from: null, to: keepId }],
      });
      return keep;
    });
  }

  private async lock(manager: EntityManager, id: string, field: string): Promise<ContactEntity> {
    const contact = await manager.createQueryBuilder(ContactEntity, 'contact').setLock('pessimistic_write').where('contact.id = :id', { id }).getOne();
    if (!contact) throw field === 'keepId' ? notFound('The contact to keep') : notFound('The contact to merge');
    return contact;
  }
}

@Resolver()
export class ContactMergeResolver {
  constructor(private readonly merging: ContactMergeService) {}

  @Query(() => [ContactDuplicateModel], { description: 'Contacts that are probably the same person, most likely first.' })
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  contactDuplicates(@Args() { first }: DuplicatesArgs): Promise<ContactDuplicateModel[]> {
    return this.merging.duplicates(first);
  }

  @Mutation(() => ContactModel, { description: 'Merges one contact into another, keeping every record; the merged one is restorable for 30 days.' })
  @Allow(Role.COORDINATOR)
  mergeContacts(@CurrentUser() actor: SignedInUser, @Args('input') input: MergeContactsInput): Promise<ContactModel> {
    return this.merging.merge(actor, input.keepId, input.mergeId);
  }
}
