import { Controller, Get, Logger, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Allow, ANONYMOUS } from '../../core/auth/allow.decorator';
import { MailTrackingService } from './mail-tracking.service';
import { publicMailError, PublicMailErrorCode } from './public-mail.errors';
import { PublicMailThrottle } from './public-mail-throttle.service';

/** The smallest transparent GIF: 1×1, one transparent colour. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const GIF_SUFFIX = '.gif';

function clientOf(req: Request): string {
  return req.ip ?? 'unknown';
}

/**
 * Open and click tracking of mailings that turned it on (off by default). No sign-in: the links are in
 * the mail. Budgets count only bad links, as with one-click unsubscribes: a mail provider's image proxy
 * fetches every recipient's pixel from a few addresses, and none of those may be refused. Nothing about
 * the reader is kept but the time of their first open and first click: no address, no client details.
 */
@Controller('api/public/t')
@Allow(ANONYMOUS)
export class MailTrackingController {
  private readonly logger = new Logger('Mailings');

  constructor(
    private readonly tracking: MailTrackingService,
    private readonly throttle: PublicMailThrottle,
  ) {}

  /** GET /api/public/t/o/<token>.gif: always the pixel, so a mail never shows a broken image; records only for a valid token. */
  @Get('o/:file')
  async open(@Req() req: Request, @Param('file') file: string, @Res() res: Response): Promise<void> {
    try {
      await this.countOpen(clientOf(req), file);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not count a tracked open');
    }
    res.status(200).setHeader('Content-Type', 'image/gif').setHeader('Cache-Control', 'no-store').setHeader('Content-Length', String(PIXEL.length));
    res.end(PIXEL);
  }

  /**
   * GET /api/public/t/c/<token>?u=<destination>&s=<signature>: 302 to the destination only when the signature
   * binds it to this delivery (no open redirect); 400 otherwise, with nothing recorded.
   */
  @Get('c/:token')
  async click(@Req() req: Request, @Param('token') token: string, @Query('u') url: unknown, @Query('s') signature: unknown, @Res() res: Response): Promise<void> {
    const client = clientOf(req);
    await this.throttle.tracked(client);
    const deliveryId = this.tracking.deliveryOf(token);
    const target = deliveryId ? await this.tracking.click(deliveryId, url, signature) : null;
    if (!target) {
      await this.throttle.badLink(client);
      throw publicMailError(PublicMailErrorCode.LINK_INVALID);
    }
    res.setHeader('Cache-Control', 'no-store');
    // The destination need not learn that the reader came through a tracked link.
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.redirect(302, target.url);
  }

  /** A client that sent too many bad links gets the pixel and counts for nothing. */
  private async countOpen(client: string, file: string): Promise<void> {
    if (!(await this.throttle.mayTrack(client))) return;
    const deliveryId = file.endsWith(GIF_SUFFIX) ? this.tracking.deliveryOf(file.slice(0, -GIF_SUFFIX.length)) : null;
    if (deliveryId) await this.tracking.recordOpen(deliveryId);
    else await this.throttle.badLink(client);
  }
}
