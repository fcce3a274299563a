import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { DocumentKind, DocumentStatus } from '@alliance/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { SearchTextFilter } from '../core/graphql/list-filter.decorators';
import { PageArgs } from '../core/graphql/pagination';
import { IsMultiLineText, IsSingleLineText } from '../core/validation/text.decorators';

const oneOf = (values: object) => `must be one of ${Object.values(values).join(', ')}`;
export const MAX_BODY_LENGTH = 100_000;
export const MAX_DOCUMENT_CAMPAIGNS = 20;

@InputType()
export class DocumentsFilter {
  @SearchTextFilter('Match on the title, accents and case aside.')
  search?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string;

  @Field(() => ID, { nullable: true, description: 'Documents handed over at this interaction (one the caller may see).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an interaction id' })
  interactionId?: string;

  @Field(() => DocumentKind, { nullable: true })
  @IsOptional()
  @IsEnum(DocumentKind, { message: oneOf(DocumentKind) })
  kind?: DocumentKind;

  @Field(() => DocumentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DocumentStatus, { message: oneOf(DocumentStatus) })
  status?: DocumentStatus;
}

@ArgsType()
export class DocumentsArgs extends PageArgs {
  @Field(() => DocumentsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DocumentsFilter)
  filter?: DocumentsFilter;
}

@ArgsType()
export class DocumentIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a document id' })
  id!: string;
}

@ArgsType()
export class AttachmentIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an attachment id' })
  id!: string;
}

@InputType()
export class DocumentFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsSingleLineText(300)
  title?: string;

  @Field(() => DocumentKind, { nullable: true })
  @IsOptional()
  @IsEnum(DocumentKind, { message: oneOf(DocumentKind) })
  kind?: DocumentKind;

  @Field(() => DocumentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DocumentStatus, { message: oneOf(DocumentStatus) })
  status?: DocumentStatus;

  @Field({ nullable: true, description: `Markdown, at most ${MAX_BODY_LENGTH} characters.` })
  @IsOptional()
  @IsMultiLineText(MAX_BODY_LENGTH)
  body?: string;

  @Field(() => [ID], { nullable: true, description: 'The campaigns it belongs to; on update, replaces them all.' })
  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(MAX_DOCUMENT_CAMPAIGNS, { message: `must have at most ${MAX_DOCUMENT_CAMPAIGNS} items` })
  @IsUUID('all', { each: true, message: 'must contain campaign ids' })
  campaignIds?: string[];
}

@InputType()
export class CreateDocumentInput extends DocumentFieldsInput {
  @Field()
  @IsSingleLineText(300)
  declare title: string;

  @Field(() => DocumentKind)
  @IsEnum(DocumentKind, { message: oneOf(DocumentKind) })
  declare kind: DocumentKind;
}

@InputType()
export class UpdateDocumentInput extends DocumentFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a document id' })
  id!: string;
}

/** The text fields of POST /api/documents (multipart, beside the file). */
export class CreateDocumentFromFileBody {
  @IsOptional()
  @IsSingleLineText(300)
  title?: string;

  @IsEnum(DocumentKind, { message: oneOf(DocumentKind) })
  kind!: DocumentKind;

  @IsOptional()
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string;
}

/** The `:id` of the REST routes. */
export class IdParams {
  @IsUUID('all', { message: 'must be an id' })
  id!: string;
}
