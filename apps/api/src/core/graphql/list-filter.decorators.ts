import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** The free-text search of a list filter: optional, bounded. */
export function SearchTextFilter(description = 'Fuzzy, accent-insensitive match.'): PropertyDecorator {
  return applyDecorators(
    Field({ nullable: true, description }),
    IsOptional(),
    IsString({ message: 'must be text' }),
    MaxLength(200, { message: 'must be at most 200 characters' }),
  );
}

/** A list filter on ISO 3166-1 alpha-2 country codes. */
export function CountryCodesFilter(description?: string): PropertyDecorator {
  return applyDecorators(
    Field(() => [String], { nullable: true, description }),
    IsOptional(),
    IsArray({ message: 'must be a list' }),
    ArrayMaxSize(250, { message: 'must have at most 250 items' }),
    Matches(/^[A-Z]{2}$/, { each: true, message: 'must contain two-letter country codes, e.g. "SD"' }),
  );
}
