import { Field, ID, Float, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SearchHitKind {
  ORGANISATION = 'ORGANISATION',
  CONTACT = 'CONTACT',
  INSTITUTION = 'INSTITUTION',
}

registerEnumType(SearchHitKind, { name: 'SearchHitKind' });

@ObjectType('SearchHit', { description: 'One record matching a global search, best matches first.' })
export class SearchHitModel {
  @Field(() => SearchHitKind)
  kind!: SearchHitKind;

  @Field(() => ID)
  id!: string;

  @Field({ description: 'What to show: a name.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'An acronym or the French name, to tell similar hits apart.' })
  detail!: string | null;

  @Field(() => Float, { description: 'Trigram word similarity, 0 to 1.' })
  score!: number;
}
