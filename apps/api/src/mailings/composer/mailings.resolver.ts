import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Role } from '@alliance/domain';
import { Repository } from 'typeorm';
import { mayView } from '../../campaigns/campaign-visibility';
import { CampaignModel } from '../../campaigns/campaign.model';
import { CampaignsLoaders } from '../../campaigns/campaigns.loaders';
import { Allow } from '../../core/auth/allow.decorator';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { SignedInUser } from '../../core/auth/request-auth';
import { Connection } from '../../core/graphql/pagination';
import { Loaders, RequestLoaders } from '../../core/graphql/request-loaders';
import { UserModel } from '../../users/user.model';
import { UsersLoaders } from '../../users/users.loaders';
import { AudienceEntity } from '../audience.entity';
import { MailingListEntity } from '../mailing-list.entity';
import { MailingTranslationEntity } from '../mailing.entity';
import {
  AudienceModel,
  DeliveryConnection,
  DeliveryModel,
  MailingConnection,
  MailingListModel,
  MailingModel,
  MailingPreviewModel,
  MailingProgressModel,
  MailingTranslationModel,
} from '../mailing.model';
import { CreateMailingInput, DeliveriesArgs, IdArgs, MailingsArgs, PreviewMailingArgs, SendMailingInput, UpdateMailingInput } from '../mailings.inputs';
import { MailingSendingService } from '../sending/mailing-sending.service';
import { MailingsLoaders } from './mailings.loaders';
import { MailingsService } from './mailings.service';

/** Composing, checking and sending mailings; their progress and per-recipient results. */
@Resolver(() => MailingModel)
export class MailingsResolver {
  private readonly loaders: MailingsLoaders;

  constructor(
    private readonly mailingService: MailingsService,
    private readonly sending: MailingSendingService,
    private readonly usersLoaders: UsersLoaders,
    private readonly campaignsLoaders: CampaignsLoaders,
    @InjectRepository(MailingTranslationEntity) translations: Repository<MailingTranslationEntity>,
    @InjectRepository(MailingListEntity) lists: Repository<MailingListEntity>,
    @InjectRepository(AudienceEntity) audiences: Repository<AudienceEntity>,
  ) {
    // Only this resolver batches these, so its loader factory lives here rather than as a module provider.
    this.loaders = new MailingsLoaders(translations, lists, audiences);
  }

  @Query(() => MailingConnection, { description: 'Mailings, newest first.' })
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  mailings(@Args() args: MailingsArgs): Promise<Connection<MailingModel>> {
    return this.mailingService.list(args);
  }

  @Query(() => MailingModel, { nullable: true })
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  mailing(@Args() { id }: IdArgs): Promise<MailingModel | null> {
    return this.mailingService.byId(id);
  }

  @Mutation(() => MailingModel)
  @Allow(Role.COORDINATOR)
  createMailing(@CurrentUser() actor: SignedInUser, @Args('input') input: CreateMailingInput): Promise<MailingModel> {
    return this.mailingService.create(actor, input);
  }

  @Mutation(() => MailingModel, { description: 'Only while a draft.' })
  @Allow(Role.COORDINATOR)
  updateMailing(@CurrentUser() actor: SignedInUser, @Args('input') input: UpdateMailingInput): Promise<MailingModel> {
    return this.mailingService.update(actor, input);
  }

  @Query(() => MailingPreviewModel, { description: 'The mail as a chosen recipient would get it (subject, HTML, plain text).' })
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  previewMailing(@Args() args: PreviewMailingArgs): Promise<MailingPreviewModel> {
    return this.mailingService.preview(args);
  }

  @Mutation(() => Boolean, { description: "Sends the mailing, in each of its languages, to the caller's own address only." })
  @Allow(Role.COORDINATOR)
  testSendMailing(@CurrentUser() actor: SignedInUser, @Args() { id }: IdArgs): Promise<boolean> {
    return this.mailingService.testSend(actor, id);
  }

  @Mutation(() => MailingModel, {
    description:
      'Sends now or at scheduledAt. Above the two-person threshold it waits for approval by a second coordinator (AWAITING_APPROVAL).',
  })
  @Allow(Role.COORDINATOR)
  sendMailing(@CurrentUser() actor: SignedInUser, @Args('input') input: SendMailingInput): Promise<MailingModel> {
    return this.sending.send(actor, input);
  }

  @Mutation(() => MailingModel, { description: 'The second coordinator approves a mailing awaiting approval; it then sends or waits for its time.' })
  @Allow(Role.COORDINATOR)
  approveMailing(@CurrentUser() actor: SignedInUser, @Args() { id }: IdArgs): Promise<MailingModel> {
    return this.sending.approve(actor, id);
  }

  @Mutation(() => MailingModel, { description: 'Stops new sends within seconds; deliveries already handed to SMTP finish.' })
  @Allow(Role.COORDINATOR)
  pauseMailing(@CurrentUser() actor: SignedInUser, @Args() { id }: IdArgs): Promise<MailingModel> {
    return this.sending.pause(actor, id);
  }

  @Mutation(() => MailingModel)
  @Allow(Role.COORDINATOR)
  resumeMailing(@CurrentUser() actor: SignedInUser, @Args() { id }: IdArgs): Promise<MailingModel> {
    return this.sending.resume(actor, id);
  }

  @Mutation(() => MailingModel, { description: 'Cancels a scheduled, awaiting, sending or paused mailing; what has not left is marked CANCELLED.' })
  @Allow(Role.COORDINATOR)
  cancelMailing(@CurrentUser() actor: SignedInUser, @Args() { id }: IdArgs): Promise<MailingModel> {
    return this.sending.cancel(actor, id);
  }

  @Mutation(() => MailingModel, { description: 'Queues again exactly the deliveries whose fate is UNKNOWN (in flight when a worker died).' })
  @Allow(Role.COORDINATOR)
  resendUnknownDeliveries(@CurrentUser() actor: SignedInUser, @Args() { id }: IdArgs): Promise<MailingModel> {
    return this.sending.resendUnknown(actor, id);
  }

  @ResolveField(() => [MailingTranslationModel])
  translations(@Parent() mailing: MailingModel, @Loaders() loaders: RequestLoaders): Promise<MailingTranslationModel[]> {
    return loaders.of(this.loaders).translationsOf.load(mailing.id);
  }

  @ResolveField(() => MailingListModel, { nullable: true, description: 'Null when the list is deleted.' })
  list(@Parent() mailing: MailingModel, @Loaders() loaders: RequestLoaders): Promise<MailingListModel | null> {
    return loaders.of(this.loaders).listById.load(mailing.listId);
  }

  @ResolveField(() => AudienceModel, { nullable: true, description: 'Null when it has none or the audience is deleted.' })
  audience(@Parent() mailing: MailingModel, @Loaders() loaders: RequestLoaders): Promise<AudienceModel | null> {
    return mailing.audienceId ? loaders.of(this.loaders).audienceById.load(mailing.audienceId) : Promise.resolve(null);
  }

  @ResolveField(() => CampaignModel, { nullable: true, description: 'Null when it has none, the campaign is deleted or the caller may not see it.' })
  async campaign(@CurrentUser() viewer: SignedInUser, @Parent() mailing: MailingModel, @Loaders() loaders: RequestLoaders): Promise<CampaignModel | null> {
    const campaign = mailing.campaignId ? await loaders.of(this.campaignsLoaders).byId.load(mailing.campaignId) : null;
    return campaign && mayView(viewer, campaign) ? campaign : null;
  }

  @ResolveField(() => UserModel, { nullable: true })
  createdBy(@Parent() mailing: MailingModel, @Loaders() loaders: RequestLoaders): Promise<UserModel | null> {
    return this.user(mailing.createdById, loaders);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who asked to send it.' })
  sendRequestedBy(@Parent() mailing: MailingModel, @Loaders() loaders: RequestLoaders): Promise<UserModel | null> {
    return this.user(mailing.sendRequestedById, loaders);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'The second coordinator who approved it.' })
  approvedBy(@Parent() mailing: MailingModel, @Loaders() loaders: RequestLoaders): Promise<UserModel | null> {
    return this.user(mailing.approvedById, loaders);
  }

  @ResolveField(() => MailingProgressModel, { description: 'Deliveries by state (all zero before sending starts).' })
  progress(@Parent() mailing: MailingModel, @Loaders() loaders: RequestLoaders): Promise<MailingProgressModel> {
    return this.sending.progress(mailing, loaders);
  }

  @ResolveField(() => DeliveryConnection, { description: 'Per recipient, what happened; by address.' })
  deliveries(@Parent() mailing: MailingModel, @Args() args: DeliveriesArgs): Promise<Connection<DeliveryModel>> {
    return this.sending.deliveries(mailing.id, args);
  }

  private user(id: string | null, loaders: RequestLoaders): Promise<UserModel | null> {
    return id ? loaders.of(this.usersLoaders).byId.load(id) : Promise.resolve(null);
  }
}
