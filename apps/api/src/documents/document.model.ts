import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DocumentKind, DocumentStatus } from '@alliance/domain';
import { ConnectionType } from '../core/graphql/pagination';

registerEnumType(DocumentKind, { name: 'DocumentKind' });
registerEnumType(DocumentStatus, {
  name: 'DocumentStatus',
  description: 'DRAFT: staff only. PUBLISHED: member organisations see it when it belongs to a campaign open to members.',
});

@ObjectType('Document', { description: 'An options paper, situation report, letter, briefing note or press release, with its files.' })
export class DocumentModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => DocumentStatus)
  status!: DocumentStatus;

  @Field({ description: 'Markdown, as written. Render it without raw HTML.' })
  body!: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class DocumentConnection extends ConnectionType(DocumentModel, 'Document') {}

@ObjectType('Attachment', { description: 'A file of a document.' })
export class AttachmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  documentId!: string;

  @Field()
  fileName!: string;

  @Field({ description: 'Found from the bytes when it was uploaded.' })
  contentType!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field({ description: 'SHA-256 of the bytes, in hexadecimal.' })
  sha256!: string;

  @Field({ description: 'Where to download it (same origin, with the session cookie).' })
  downloadUrl!: string;

  @Field()
  createdAt!: Date;
}

/** The API's view of an attachment row: what is stored, plus where to download it. */
export function toAttachmentModel(attachment: Omit<AttachmentModel, 'downloadUrl'>): AttachmentModel {
  return {
    id: attachment.id,
    documentId: attachment.documentId,
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    sizeBytes: attachment.sizeBytes,
    sha256: attachment.sha256,
    downloadUrl: `/api/attachments/${attachment.id}`,
    createdAt: attachment.createdAt,
  };
}
