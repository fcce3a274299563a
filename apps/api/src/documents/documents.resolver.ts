import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@alliance/domain';
import { mayView } from '../campaigns/campaign-visibility';
import { CampaignModel } from '../campaigns/campaign.model';
import { CampaignsLoaders } from '../campaigns/campaigns.loaders';
import { Allow, SIGNED_IN } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { found, Loaders, RequestLoaders } from '../core/graphql/request-loaders';
import { InteractionModel } from '../interactions/interaction.model';
import { UserModel } from '../users/user.model';
import { UsersLoaders } from '../users/users.loaders';
import { AttachmentsService } from './attachments.service';
import { mayReadDocument, maySeeAuthor } from './document-visibility';
import { DocumentEntity } from './document.entity';
import { AttachmentModel, DocumentConnection, DocumentModel, toAttachmentModel } from './document.model';
import { AttachmentIdArgs, CreateDocumentInput, DocumentIdArgs, DocumentsArgs, UpdateDocumentInput } from './documents.inputs';
import { DocumentsLoaders } from './documents.loaders';
import { DocumentsService } from './documents.service';

const WRITERS = [Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST] as const;

@Resolver(() => DocumentModel)
export class DocumentsResolver {
  constructor(
    private readonly documentsService: DocumentsService,
    private readonly attachmentsService: AttachmentsService,
    private readonly documentsLoaders: DocumentsLoaders,
    private readonly campaignsLoaders: CampaignsLoaders,
    private readonly usersLoaders: UsersLoaders,
  ) {}

  @Query(() => DocumentConnection, { description: 'Documents the caller may read, newest first. Members: published ones of campaigns open to members.' })
  @Allow(SIGNED_IN)
  documents(@CurrentUser() viewer: SignedInUser, @Args() args: DocumentsArgs): Promise<DocumentConnection> {
    return this.documentsService.list(viewer, args);
  }

  @Query(() => DocumentModel, { nullable: true, description: 'Null when it does not exist or the caller may not read it.' })
  @Allow(SIGNED_IN)
  document(@CurrentUser() viewer: SignedInUser, @Args() { id }: DocumentIdArgs): Promise<DocumentModel | null> {
    return this.documentsService.findVisible(viewer, id);
  }

  @Mutation(() => DocumentModel, { description: 'Creates a document (a draft unless a status is given). Files are added with POST /api/documents/:id/attachments.' })
  @Allow(...WRITERS)
  createDocument(@CurrentUser() actor: SignedInUser, @Args('input') input: CreateDocumentInput): Promise<DocumentModel> {
    return this.documentsService.create(actor, input);
  }

  @Mutation(() => DocumentModel)
  @Allow(...WRITERS)
  updateDocument(@CurrentUser() actor: SignedInUser, @Args('input') input: UpdateDocumentInput): Promise<DocumentModel> {
    return this.documentsService.update(actor, input);
  }

  @Mutation(() => DocumentModel, { description: 'Deletes the document: it leaves lists, interactions and downloads (the audit trail keeps it).' })
  @Allow(...WRITERS)
  deleteDocument(@CurrentUser() actor: SignedInUser, @Args() { id }: DocumentIdArgs): Promise<DocumentModel> {
    return this.documentsService.remove(actor, id);
  }

  @Mutation(() => DocumentModel, { description: 'Removes a file from its document and answers the document.' })
  @Allow(...WRITERS)
  removeAttachment(@CurrentUser() actor: SignedInUser, @Args() { id }: AttachmentIdArgs): Promise<DocumentModel> {
    return this.attachmentsService.remove(actor, id);
  }

  @ResolveField(() => [AttachmentModel], { description: 'Its files, oldest first.' })
  async attachments(@Parent() document: DocumentModel, @Loaders() loaders: RequestLoaders): Promise<AttachmentModel[]> {
    return (await loaders.of(this.documentsLoaders).attachments.load(document.id)).map(toAttachmentModel);
  }

  @ResolveField(() => [CampaignModel], { description: 'The campaigns it belongs to (those the caller may see).' })
  async campaigns(@Parent() document: DocumentModel, @CurrentUser() viewer: SignedInUser, @Loaders() loaders: RequestLoaders): Promise<CampaignModel[]> {
    const links = await loaders.of(this.documentsLoaders).campaignLinks.load(document.id);
    const campaigns = found(await loaders.of(this.campaignsLoaders).byId.loadMany(links.map((link) => link.campaignId)));
    return campaigns.filter((campaign) => mayView(viewer, campaign)).sort((a, b) => a.name.localeCompare(b.name));
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who wrote it; null for members and when the user was removed.' })
  createdBy(@Parent() document: DocumentEntity, @CurrentUser() viewer: SignedInUser, @Loaders() loaders: RequestLoaders): Promise<UserModel | null> {
    if (!maySeeAuthor(viewer) || !document.createdById) return Promise.resolve(null);
    return loaders.of(this.usersLoaders).byId.load(document.createdById);
  }
}

/** Adds the documents handed over at an interaction to the Interaction type. */
@Resolver(() => InteractionModel)
export class InteractionDocumentsResolver {
  constructor(private readonly documentsLoaders: DocumentsLoaders) {}

  @ResolveField(() => [DocumentModel], { description: 'Documents handed over (those the caller may read), by title.' })
  async documents(@Parent() interaction: InteractionModel, @CurrentUser() viewer: SignedInUser, @Loaders() loaders: RequestLoaders): Promise<DocumentModel[]> {
    const set = loaders.of(this.documentsLoaders);
    const links = await set.ofInteraction.load(interaction.id);
    const documents = found(await set.byId.loadMany(links.map((link) => link.documentId)));
    const open = viewer.role === Role.MEMBER ? await set.inCampaignOpenToMembers.loadMany(documents.map((document) => document.id)) : [];
    return documents
      .filter((document, index) => mayReadDocument(viewer, document, open[index] === true))
      .sort((a, b) => a.title.localeCompare(b.title));
  }
}
