import { Args, ArgsType, Field, Int, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { Allow, SIGNED_IN } from '../core/auth/allow.decorator';
import { SearchHitKind, SearchHitModel } from './search.model';

@ArgsType()
class SearchArgs {
  @Field({ description: 'At least 2 characters; accents, case and small misspellings do not matter.' })
  @IsString()
  @MinLength(2, { message: 'must be at least 2 characters' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  query!: string;

  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(50, { message: 'must be at most 50' })
  first: number = 10;
}

/**
 * One query over the three trigram indexes (organisations, contacts, institutions), each branch
 * limited before the union so a common word never scans more than it returns.
 */
const GLOBAL_SEARCH_SQL = `
  WITH needle AS (SELECT f_unaccent(lower($1)) AS text)
  SELECT * FROM (
    (SELECT 'ORGANISATION' AS kind, o.id, o.name AS label, o.acronym AS detail,
            word_similarity(needle.text, f_unaccent(lower(o.name || ' ' || coalesce(o.acronym, '')))) AS score
       FROM organisations o, needle
      WHERE o.deleted_at IS NULL AND needle.text <% f_unaccent(lower(o.name || ' ' || coalesce(o.acronym, '')))
      ORDER BY score DESC LIMIT $2)
    UNION ALL
    (SELECT 'CONTACT', c.id, c.first_name || ' ' || c.last_name, NULL,
            word_similarity(needle.text, f_unaccent(lower(c.first_name || ' ' || c.last_name)))
       FROM contacts c, needle
      WHERE c.deleted_at IS NULL AND needle.text <% f_unaccent(lower(c.first_name || ' ' || c.last_name))
      ORDER BY 5 DESC LIMIT $2)
    UNION ALL
    (SELECT 'INSTITUTION', i.id, i.name, coalesce(i.acronym, i.name_fr),
            word_similarity(needle.text, f_unaccent(lower(i.name || ' ' || coalesce(i.name_fr, '') || ' ' || coalesce(i.acronym, ''))))
       FROM institutions i, needle
      WHERE i.deleted_at IS NULL AND needle.text <% f_unaccent(lower(i.name || ' ' || coalesce(i.name_fr, '') || ' ' || coalesce(i.acronym, '')))
      ORDER BY 5 DESC LIMIT $2)
  ) hits
  ORDER BY score DESC, label ASC
  LIMIT $2`;

@Resolver(() => SearchHitModel)
export class SearchResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Query(() => [SearchHitModel], { description: 'Global fuzzy search across organisations, contacts and institutions, best first.' })
  @Allow(SIGNED_IN)
  async search(@Args() { query, first }: SearchArgs): Promise<SearchHitModel[]> {
    const rows: { kind: SearchHitKind; id: string; label: string; detail: string | null; score: string | number }[] =
      await this.dataSource.query(GLOBAL_SEARCH_SQL, [query.trim(), first]);
    return rows.map((row) => ({ ...row, score: Number(row.score) }));
  }
}
