import { ArgumentsHost, Catch, ExceptionFilter, HttpException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Response } from 'express';
import { AppConfig } from '../config/app-config';
import { badUserInput, FieldProblem } from '../core/graphql/errors';
import { tooLargeMessage } from './attachment-files';

interface MulterCause {
  name?: string;
  code?: string;
  field?: string;
}

/**
 * Turns what multer refuses while reading an upload (too large, a file in another field, a broken
 * body) into the API's BAD_USER_INPUT shape naming the field, with the matching status (413 for a
 * file over ATTACHMENT_MAX_BYTES). Other HTTP errors (sign-in, access) go out as usual.
 */
@Catch(HttpException)
export class UploadErrorFilter implements ExceptionFilter {
  constructor(private readonly config: AppConfig) {}

  catch(exception: HttpException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const status = exception.getStatus();
    const problem = this.problemOf(exception);
    if (!problem) {
      const response = exception.getResponse();
      res.status(status).json(typeof response === 'string' ? { statusCode: status, message: response } : response);
      return;
    }
    const error = badUserInput(problem);
    const limit = exception instanceof PayloadTooLargeException ? { limitBytes: this.config.ATTACHMENT_MAX_BYTES } : {};
    res.status(status).json({ message: error.message, ...error.extensions, ...limit });
  }

  private problemOf(exception: HttpException): FieldProblem | null {
    if (exception instanceof PayloadTooLargeException) return { field: 'file', message: tooLargeMessage(this.config.ATTACHMENT_MAX_BYTES) };
    if (exception instanceof UnsupportedMediaTypeException) return { field: 'file', message: 'must be sent as multipart/form-data' };
    const cause = exception.cause as MulterCause | undefined;
    if (status400(exception) && cause?.name === 'MulterError') {
      switch (cause.code) {
        case 'LIMIT_UNEXPECTED_FILE':
        case 'LIMIT_FILE_COUNT':
          return { field: 'file', message: `must be a single file, sent in the field "file"${cause.field && cause.field !== 'file' ? ` (not "${cause.field}")` : ''}` };
        default:
          return { field: cause.field || 'body', message: `was refused: ${exception.message}` };
      }
    }
    if (status400(exception) && cause instanceof Error) return { field: 'file', message: `could not be read: ${exception.message}` };
    return null;
  }
}

function status400(exception: HttpException): boolean {
  return exception.getStatus() === 400;
}
