import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Language, MailingStatus } from '@alliance/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { FieldChange } from '../../core/audit/audit-event.entity';
import { AuditService } from '../../core/audit/audit.service';
import { SignedInUser } from '../../core/auth/request-auth';
import { escapeLike, searchable } from '../../core/database/sql';
import { badUserInput } from '../../core/graphql/errors';
import { Connection, decodeCursor, toConnection } from '../../core/graphql/pagination';
import { MailService } from '../../core/mail/mail.service';
import { CampaignEntity } from '../../campaigns/campaign.entity';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { UserEntity } from '../../users/user.entity';
import { AudienceEntity } from '../audience.entity';
import { MailingListEntity } from '../mailing-list.entity';
import { MailingEntity, MailingTranslationEntity } from '../mailing.entity';
import { MailingPreviewModel } from '../mailing.model';
import { CreateMailingInput, MailingFieldsInput, MailingsArgs, MailingTranslationInput, PreviewMailingArgs, UpdateMailingInput } from '../mailings.inputs';
import { preferencesUrl, signRecipientToken, unsubscribeUrl } from '../public/recipient-token';
import { compileMailing, MergeValues, RecipientLinks } from './mail-rendering';
import { englishFirst } from './mailings.loaders';
import { mailingsError, MailingsErrorCode } from './mailings.errors';
import { unknownMergeFields } from './merge-fields';

const FIELDS = ['name', 'listId', 'audienceId', 'campaignId', 'trackingEnabled'] as const;
/** Fields a mailing always has: null in an update is refused rather than read as "leave as is". */
const REQUIRED_FIELDS = ['name', 'listId', 'trackingEnabled', 'translations'] as const;

/** Who a preview without a chosen contact is addressed to, and links that visibly lead nowhere. */
const SAMPLE_RECIPIENT: MergeValues = { firstName: 'Amina', lastName: 'Diallo', email: 'amina.diallo@example.org', organisationName: 'Example Organisation' };
const SAMPLE_LINKS: RecipientLinks = {
  unsubscribeUrl: 'https://example.invalid/unsubscribe?preview',
  preferencesUrl: 'https://example.invalid/preferences?preview',
};

const TEST_PREFIX: Record<string, string> = { [Language.EN]: '[Test] ', [Language.FR]: '[Essai] ' };

interface ContactRecipient extends MergeValues {
  preferredLanguage: string;
}

type TranslationText = Pick<MailingTranslationEntity, 'language' | 'subject' | 'body'>;

/** Writing mailings (drafts), previewing them as a recipient and sending a test to oneself. */
@Injectable()
export class MailingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  /** Mailings, newest first. */
  async list({ first, after, filter }: MailingsArgs): Promise<Connection<MailingEntity>> {
    const query = this.dataSource.getRepository(MailingEntity).createQueryBuilder('mailing');
    if (filter?.search?.trim()) {
      query.andWhere(`${searchable('mailing.name')} LIKE '%' || f_unaccent(lower(:search)) || '%'`, { search: escapeLike(filter.search.trim()) });
    }
    if (filter?.statuses?.length) query.andWhere('mailing.status IN (:...statuses)', { statuses: filter.statuses });
    const totalCount = await query.clone().getCount();
    // Compared at the millisecond the cursor can carry, so no row is skipped or repeated between pages.
    const createdAt = "date_trunc('milliseconds', mailing.createdAt)";
    if (after) {
      const [created, id] = decodeCursor(after, 2);
      query.andWhere(`(${createdAt}, mailing.id) < (:created::timestamptz, :id)`, { created, id });
    }
    const rows = await query.orderBy(createdAt, 'DESC').addOrderBy('mailing.id', 'DESC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (row) => [row.createdAt.toISOString(), row.id], (row) => row);
  }

  byId(id: string): Promise<MailingEntity | null> {
    return this.dataSource.getRepository(MailingEntity).findOneBy({ id });
  }

  async translationsOf(mailingId: string): Promise<MailingTranslationEntity[]> {
    return englishFirst(await this.dataSource.getRepository(MailingTranslationEntity).findBy({ mailingId }));
  }

  create(actor: SignedInUser, input: CreateMailingInput): Promise<MailingEntity> {
    const translations = checkTranslations(input.translations ?? []);
    return this.dataSource.transaction(async (manager) => {
      await this.checkReferences(manager, input);
      const mailing = manager.create(MailingEntity, {
        name: input.name,
        listId: input.listId,
        audienceId: input.audienceId ?? null,
        campaignId: input.campaignId ?? null,
        trackingEnabled: input.trackingEnabled ?? false,
        status: MailingStatus.DRAFT,
        createdById: actor.id,
      });
      await manager.save(mailing);
      await this.replaceTranslations(manager, mailing.id, translations);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'mailing.create',
        entityType: 'mailing',
        entityId: mailing.id,
        changes: [...this.audit.changesBetween(null, mailing, FIELDS), ...translationChanges([], translations)],
      });
      return mailing;
    });
  }

  update(actor: SignedInUser, input: UpdateMailingInput): Promise<MailingEntity> {
    for (const field of REQUIRED_FIELDS) {
      if (input[field] === null) throw badUserInput({ field, message: 'must not be null' });
    }
    const translations = input.translations ? checkTranslations(input.translations) : null;
    return this.dataSource.transaction(async (manager) => {
      const mailing = await manager.findOne(MailingEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!mailing) throw mailingsError(MailingsErrorCode.MAILING_NOT_FOUND);
      // Once sending is asked for, what was approved and counted is what goes out.
      if (mailing.status !== MailingStatus.DRAFT) throw mailingsError(MailingsErrorCode.NOT_A_DRAFT, { status: mailing.status });
      await this.checkReferences(manager, input);
      const before = { ...mailing };
      for (const field of FIELDS) {
        const value = input[field];
        if (value !== undefined) Object.assign(mailing, { [field]: value });
      }
      const changes = this.audit.changesBetween(before, mailing, FIELDS);
      if (translations) {
        const previous = await manager.findBy(MailingTranslationEntity, { mailingId: mailing.id });
        changes.push(...translationChanges(previous, translations));
        await this.replaceTranslations(manager, mailing.id, translations);
      }
      if (changes.length === 0) return mailing;
      // A change of text alone touches no column of the mailing: its updatedAt still says it changed.
      mailing.updatedAt = new Date();
      await manager.save(mailing);
      await this.audit.record(manager, { actorId: actor.id, action: 'mailing.update', entityType: 'mailing', entityId: mailing.id, changes });
      return mailing;
    });
  }

  /**
   * The mail as a contact would get it: in their language when the mailing has it (else English), with
   * their names, primary address and first organisation, and working links for them. Without a contact,
   * sample values and links that visibly lead nowhere.
   */
  async preview({ id, contactId, language }: PreviewMailingArgs): Promise<MailingPreviewModel> {
    const mailing = await this.byId(id);
    if (!mailing) throw mailingsError(MailingsErrorCode.MAILING_NOT_FOUND);
    const contact = contactId ? await this.contactRecipient(contactId) : null;
    const translations = await this.translationsOf(mailing.id);
    const translation = chooseTranslation(translations, language ?? contact?.preferredLanguage ?? Language.EN, language !== undefined);
    const values = contact ?? SAMPLE_RECIPIENT;
    const links = contact?.email ? this.recipientLinks(mailing.listId, contactId ?? null, contact.email) : SAMPLE_LINKS;
    const compiled = compileMailing(translation, translation.language, { listName: await this.listName(mailing.listId) });
    return { language: translation.language, ...compiled.render(values, links) };
  }

  /** Sends every translation to the caller's own address, and to no one else. */
  async testSend(actor: SignedInUser, id: string): Promise<boolean> {
    const mailing = await this.byId(id);
    if (!mailing) throw mailingsError(MailingsErrorCode.MAILING_NOT_FOUND);
    const translations = await this.translationsOf(mailing.id);
    if (translations.length === 0) throw mailingsError(MailingsErrorCode.NO_TRANSLATION);
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: actor.id });
    const [firstName = '', ...rest] = user.name.trim().split(/\s+/);
    const organisation = user.organisationId ? await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id: user.organisationId }) : null;
    const values: MergeValues = { firstName, lastName: rest.join(' '), email: user.email, organisationName: organisation?.name ?? null };
    const links = this.recipientLinks(mailing.listId, null, user.email);
    const listName = await this.listName(mailing.listId);
    const mails = translations.map((translation) => {
      const rendered = compileMailing(translation, translation.language, { listName }).render(values, links);
      return { to: user.email, subject: `${TEST_PREFIX[translation.language] ?? TEST_PREFIX[Language.EN]}${rendered.subject}`, html: rendered.html, text: rendered.text };
    });
    await this.dataSource.transaction(async (manager) => {
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'mailing.test_send',
        entityType: 'mailing',
        entityId: mailing.id,
        changes: [{ field: 'testSentTo', from: null, to: { address: user.email, languages: translations.map((t) => t.language) } }],
      });
      for (const mail of mails) await this.mail.enqueueInTransaction(manager, mail);
    });
    return true;
  }

  private recipientLinks(listId: string, contactId: string | null, email: string): RecipientLinks {
    const token = signRecipientToken(this.config.appSecret, { contactId, listId, email });
    return { unsubscribeUrl: unsubscribeUrl(this.config.PUBLIC_URL, token), preferencesUrl: preferencesUrl(this.config.PUBLIC_URL, token) };
  }

  private async listName(listId: string): Promise<string | undefined> {
    const list = await this.dataSource.getRepository(MailingListEntity).findOne({ where: { id: listId }, withDeleted: true });
    return list?.name;
  }

  /** A contact as a mailing addresses them: primary address, and the organisation of their first affiliation. */
  private async contactRecipient(contactId: string): Promise<ContactRecipient> {
    const [row] = (await this.dataSource.query(
      `SELECT c.first_name, c.last_name, c.preferred_language,
              (SELECT e.address FROM contact_emails e WHERE e.contact_id = c.id ORDER BY e.is_primary DESC, e.position, e.id LIMIT 1) AS email,
              (SELECT o.name FROM affiliations a JOIN organisations o ON o.id = a.organisation_id AND o.deleted_at IS NULL
                WHERE a.contact_id = c.id ORDER BY a.created_at, a.id LIMIT 1) AS organisation_name
         FROM contacts c WHERE c.id = $1 AND c.deleted_at IS NULL`,
      [contactId],
    )) as { first_name: string; last_name: string; preferred_language: string; email: string | null; organisation_name: string | null }[];
    if (!row) throw mailingsError(MailingsErrorCode.UNKNOWN_CONTACT);
    return {
      firstName: row.first_name,
      lastName: row.last_name,
      email: row.email ?? '',
      organisationName: row.organisation_name,
      preferredLanguage: row.preferred_language,
    };
  }

  private async checkReferences(manager: EntityManager, input: MailingFieldsInput): Promise<void> {
    if (input.listId && !(await manager.existsBy(MailingListEntity, { id: input.listId }))) throw mailingsError(MailingsErrorCode.UNKNOWN_LIST);
    if (input.audienceId && !(await manager.existsBy(AudienceEntity, { id: input.audienceId }))) throw mailingsError(MailingsErrorCode.UNKNOWN_AUDIENCE);
    if (input.campaignId && !(await manager.existsBy(CampaignEntity, { id: input.campaignId }))) throw mailingsError(MailingsErrorCode.UNKNOWN_CAMPAIGN);
  }

  private async replaceTranslations(manager: EntityManager, mailingId: string, translations: readonly TranslationText[]): Promise<void> {
    await manager.delete(MailingTranslationEntity, { mailingId });
    if (translations.length > 0) await manager.insert(MailingTranslationEntity, translations.map((translation) => ({ ...translation, mailingId })));
  }
}

/** Each language once; merge fields that exist only. */
function checkTranslations(translations: readonly MailingTranslationInput[]): TranslationText[] {
  const seen = new Set<string>();
  translations.forEach((translation, index) => {
    if (seen.has(translation.language)) throw mailingsError(MailingsErrorCode.DUPLICATE_LANGUAGE, { index, language: translation.language });
    seen.add(translation.language);
    for (const part of ['subject', 'body'] as const) {
      const names = unknownMergeFields(translation[part]);
      if (names.length > 0) throw mailingsError(MailingsErrorCode.UNKNOWN_MERGE_FIELD, { index, part, names });
    }
  });
  return translations.map(({ language, subject, body }) => ({ language, subject, body }));
}

/** The recipient's language when written, else English; a forced language must be written. */
function chooseTranslation<T extends TranslationText>(translations: readonly T[], language: string, forced: boolean): T {
  if (translations.length === 0) throw mailingsError(MailingsErrorCode.NO_TRANSLATION);
  const exact = translations.find((translation) => translation.language === language);
  if (exact) return exact;
  if (forced) throw mailingsError(MailingsErrorCode.LANGUAGE_NOT_WRITTEN, { language });
  // English is required only at send time: a draft without it previews in the language it has.
  return translations.find((translation) => translation.language === Language.EN) ?? translations[0];
}

/** Per language, the subject and body that changed (a body in full: what recipients read is worth the trail). */
function translationChanges(before: readonly TranslationText[], after: readonly TranslationText[]): FieldChange[] {
  const languages = [...new Set([...before, ...after].map((translation) => translation.language))].sort();
  return languages.flatMap((language) => {
    const from = before.find((translation) => translation.language === language);
    const to = after.find((translation) => translation.language === language);
    return (['subject', 'body'] as const)
      .filter((part) => from?.[part] !== to?.[part])
      .map((part) => ({ field: `translations.${language}.${part}`, from: from?.[part] ?? null, to: to?.[part] ?? null }));
  });
}
