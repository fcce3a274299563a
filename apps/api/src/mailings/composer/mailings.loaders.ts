import type DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { Language } from '@alliance/domain';
import { LoaderFactory, loaderByKey, loaderOfLists } from '../../core/graphql/request-loaders';
import { AudienceEntity } from '../audience.entity';
import { MailingListEntity } from '../mailing-list.entity';
import { MailingTranslationEntity } from '../mailing.entity';

export interface MailingsLoaderSet {
  /** A mailing's translations, English first then by language code. */
  translationsOf: DataLoader<string, MailingTranslationEntity[]>;
  /** Null when the list is deleted. */
  listById: DataLoader<string, MailingListEntity | null>;
  /** Null when the audience is deleted. */
  audienceById: DataLoader<string, AudienceEntity | null>;
}

/** English, the fallback every recipient may get, comes first; the others by code. */
export function englishFirst<T extends { language: string }>(translations: T[]): T[] {
  const rank = (language: string) => (language === Language.EN ? '' : language);
  return translations.sort((a, b) => rank(a.language).localeCompare(rank(b.language)));
}

export class MailingsLoaders implements LoaderFactory<MailingsLoaderSet> {
  constructor(
    private readonly translations: Repository<MailingTranslationEntity>,
    private readonly lists: Repository<MailingListEntity>,
    private readonly audiences: Repository<AudienceEntity>,
  ) {}

  createLoaders(): MailingsLoaderSet {
    return {
      translationsOf: loaderOfLists(async (ids) => englishFirst(await this.translations.findBy({ mailingId: In([...ids]) })), 'mailingId'),
      listById: loaderByKey((ids) => this.lists.findBy({ id: In([...ids]) }), 'id'),
      audienceById: loaderByKey((ids) => this.audiences.findBy({ id: In([...ids]) }), 'id'),
    };
  }
}
