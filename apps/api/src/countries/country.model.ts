import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Country')
export class CountryModel {
  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. "SD".' })
  code!: string;

  @Field()
  nameEn!: string;

  @Field()
  nameFr!: string;

  @Field({ description: 'UN geoscheme region.' })
  region!: string;

  @Field({ description: 'UN geoscheme subregion.' })
  subregion!: string;

  @Field()
  unMember!: boolean;
}
