import { Body, CanActivate, Controller, ExecutionContext, HttpCode, Injectable, Post, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../../config/app-config';
import { Allow, ANONYMOUS } from '../../core/auth/allow.decorator';
import { MailEventsBody, MailEventsResultJson } from './mail-events.inputs';
import { MailEventsService } from './mail-events.service';
import { publicMailError, PublicMailErrorCode } from './public-mail.errors';
import { PublicMailThrottle } from './public-mail-throttle.service';

/** Digests of equal length, so the comparison takes the same time whatever the length of what was sent. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/**
 * The webhook's shared secret, checked before the body is validated or read further. Without
 * MAIL_WEBHOOK_SECRET the webhook is off and answers 404; a missing or wrong secret answers 401, and
 * too many of those from one client answer 429 for a while.
 */
@Injectable()
export class MailWebhookSecretGuard implements CanActivate {
  constructor(
    private readonly config: AppConfig,
    private readonly throttle: PublicMailThrottle,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const secret = this.config.MAIL_WEBHOOK_SECRET;
    if (!secret) throw publicMailError(PublicMailErrorCode.WEBHOOK_OFF);
    const req = context.switchToHttp().getRequest<Request>();
    const client = req.ip ?? 'unknown';
    await this.throttle.webhook(client);
    const header = req.headers.authorization ?? '';
    const given = /^Bearer (.+)$/i.exec(header)?.[1] ?? '';
    if (given && timingSafeEqual(digest(given), digest(secret))) return true;
    await this.throttle.webhookFailure(client);
    throw publicMailError(PublicMailErrorCode.WEBHOOK_UNAUTHORISED);
  }
}

/** POST /api/webhooks/mail-events: bounces, complaints and unsubscribes (format: the API README, "Mail events webhook"). */
@Controller('api/webhooks')
export class MailEventsController {
  constructor(private readonly events: MailEventsService) {}

  @Post('mail-events')
  @Allow(ANONYMOUS)
  @UseGuards(MailWebhookSecretGuard)
  @HttpCode(200)
  receive(@Body() body: MailEventsBody): Promise<MailEventsResultJson> {
    return this.events.apply(body.events);
  }
}
