import { Body, CanActivate, Controller, ExecutionContext, Get, Injectable, Param, Post, Res, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Role } from '@alliance/domain';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Allow, SIGNED_IN } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { AttachmentsService, UploadedBytes } from './attachments.service';
import { AttachmentModel, toAttachmentModel } from './document.model';
import { missingFile, uploadHeaderMissing } from './documents.errors';
import { CreateDocumentFromFileBody, IdParams } from './documents.inputs';
import { UploadErrorFilter } from './upload-errors.filter';

/**
 * Uploads must carry X-Requested-With: a header a page on another site cannot add without a CORS
 * preflight, which this API never grants. Checked before the body is read.
 */
@Injectable()
export class UploadHeaderGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (!context.switchToHttp().getRequest<Request>().headers['x-requested-with']) throw uploadHeaderMissing();
    return true;
  }
}

/** `attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded` (RFC 6266 and 8187). */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7E]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export interface CreatedDocumentJson {
  id: string;
  title: string;
  kind: string;
  status: string;
  createdAt: Date;
  attachment: AttachmentModel;
}

/**
 * Files of documents over plain HTTP (multipart in, bytes out). Sizes over ATTACHMENT_MAX_BYTES are
 * refused while reading (multer's memory storage stops at the limit).
 */
@Controller('api')
@UseFilters(UploadErrorFilter)
export class DocumentFilesController {
  constructor(private readonly attachments: AttachmentsService) {}

  /** POST /api/documents/:id/attachments (multipart, field `file`): adds a file; answers the attachment. */
  @Post('documents/:id/attachments')
  @Allow(Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST)
  @UseGuards(UploadHeaderGuard)
  @UseInterceptors(FileInterceptor('file'))
  async addAttachment(@CurrentUser() actor: SignedInUser, @Param() { id }: IdParams, @UploadedFile() file: UploadedBytes | undefined): Promise<AttachmentModel> {
    if (!file) throw missingFile();
    return toAttachmentModel(await this.attachments.add(actor, id, file));
  }

  /** POST /api/documents (multipart: kind, optional title and campaignId, field `file`): a draft with its first file, in one step. */
  @Post('documents')
  @Allow(Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST)
  @UseGuards(UploadHeaderGuard)
  @UseInterceptors(FileInterceptor('file'))
  async createDocument(
    @CurrentUser() actor: SignedInUser,
    @Body() body: CreateDocumentFromFileBody,
    @UploadedFile() file: UploadedBytes | undefined,
  ): Promise<CreatedDocumentJson> {
    if (!file) throw missingFile();
    const { document, attachment } = await this.attachments.createDocument(actor, body, file);
    const { id, title, kind, status, createdAt } = document;
    return { id, title, kind, status, createdAt, attachment: toAttachmentModel(attachment) };
  }

  /** GET /api/attachments/:id: the bytes, as a download, for whoever may read the document. */
  @Get('attachments/:id')
  @Allow(SIGNED_IN)
  async download(@CurrentUser() viewer: SignedInUser, @Param() { id }: IdParams, @Res() res: Response): Promise<void> {
    const { attachment, bytes } = await this.attachments.open(viewer, id);
    res.setHeader('Content-Type', attachment.contentType);
    res.setHeader('Content-Length', String(attachment.sizeBytes));
    res.setHeader('Content-Disposition', contentDisposition(attachment.fileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, no-store');
    await pipeline(bytes, res);
  }
}
