import { Body, Controller, Get, Header, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { AppConfig } from '../../config/app-config';
import { Allow, ANONYMOUS } from '../../core/auth/allow.decorator';
import { PublicMailErrorCode } from './public-mail.errors';
import { ConfirmationJson, ConfirmSubscriptionBody, PreferencesJson, PreferencesQuery, PublicListJson, SubscribeBody, UpdatePreferencesBody } from './public-mail.inputs';
import { PublicMailThrottle } from './public-mail-throttle.service';
import { PublicPreferencesService } from './public-preferences.service';
import { PublicSubscriptionsService } from './public-subscriptions.service';

/** The one answer of the subscribe form, whatever happened: it must not tell whether an address is known. */
export const SUBSCRIBE_ANSWER = {
  status: 'accepted',
  message: 'Thank you. If this address can receive our mail, a message is on its way to it: check your inbox.',
} as const;

function clientOf(req: Request): string {
  return req.ip ?? 'unknown';
}

/**
 * The mailing pages anyone reaches without signing in: the subscribe form, its confirmation link, the
 * preferences page and RFC 8058 one-click unsubscribes. They act for nobody: no session is read or
 * needed, so the cross-site check (which concerns requests carrying the session cookie) lets a mail
 * provider's cookie-less, Origin-less form POST through.
 */
@Controller('api/public')
@Allow(ANONYMOUS)
export class PublicMailController {
  constructor(
    private readonly config: AppConfig,
    private readonly subscriptions: PublicSubscriptionsService,
    private readonly preferences: PublicPreferencesService,
    private readonly throttle: PublicMailThrottle,
  ) {}

  /** GET /api/public/lists: the lists offered on the subscribe form. */
  @Get('lists')
  async lists(@Req() req: Request): Promise<{ lists: PublicListJson[] }> {
    await this.throttle.page(clientOf(req));
    return { lists: await this.subscriptions.publicLists() };
  }

  /** POST /api/public/subscribe: always 202 with the same body. */
  @Post('subscribe')
  @HttpCode(202)
  async subscribe(@Req() req: Request, @Body() body: SubscribeBody): Promise<typeof SUBSCRIBE_ANSWER> {
    await this.throttle.subscribe(clientOf(req));
    await this.subscriptions.subscribe(body);
    return SUBSCRIBE_ANSWER;
  }

  /** POST /api/public/subscribe/confirm: the double opt-in link, confirmed on a button press (link scanners only GET). */
  @Post('subscribe/confirm')
  @HttpCode(200)
  async confirm(@Req() req: Request, @Body() body: ConfirmSubscriptionBody): Promise<ConfirmationJson> {
    await this.throttle.page(clientOf(req));
    return this.countingBadLinks(req, () => this.subscriptions.confirm(body.token));
  }

  /** GET /api/public/preferences?token=...: the lists of the token's address and whether it is on each. */
  @Get('preferences')
  @Header('Cache-Control', 'no-store')
  async readPreferences(@Req() req: Request, @Query() query: PreferencesQuery): Promise<PreferencesJson> {
    await this.throttle.page(clientOf(req));
    return this.countingBadLinks(req, () => this.preferences.read(query.token));
  }

  /** POST /api/public/preferences: the lists to be on (the others are left), or every list left. */
  @Post('preferences')
  @HttpCode(200)
  async updatePreferences(@Req() req: Request, @Body() body: UpdatePreferencesBody): Promise<PreferencesJson> {
    await this.throttle.page(clientOf(req));
    return this.countingBadLinks(req, () => this.preferences.update(body));
  }

  /**
   * POST /api/public/unsubscribe?token=...: RFC 8058 one-click, as mail providers send it
   * (`List-Unsubscribe=One-Click`, form-encoded or multipart; the body is not needed and not read).
   */
  @Post('unsubscribe')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async oneClick(@Req() req: Request, @Query('token') token: unknown): Promise<{ unsubscribed: true }> {
    await this.throttle.oneClick(clientOf(req));
    await this.countingBadLinks(req, () => this.preferences.oneClick(typeof token === 'string' ? token : ''));
    return { unsubscribed: true };
  }

  /** GET /api/public/unsubscribe?token=...: never unsubscribes (link scanners prefetch); leads to the preferences page. */
  @Get('unsubscribe')
  redirectToPreferences(@Query('token') token: unknown, @Res() res: Response): void {
    const query = new URLSearchParams({ token: typeof token === 'string' ? token : '', unsubscribe: '1' });
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, `${this.config.PUBLIC_URL}/preferences?${query.toString()}`);
  }

  private async countingBadLinks<T>(req: Request, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.reason === PublicMailErrorCode.LINK_INVALID) await this.throttle.badLink(clientOf(req));
      throw error;
    }
  }
}
