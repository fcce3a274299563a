import { CampaignStatus, CampaignVisibility, DocumentStatus, Role } from '@alliance/domain';
import { SignedInUser } from '../core/auth/request-auth';

/**
 * The SQL condition (on alias `document`) for documents the viewer may read: staff all of them;
 * member representatives published ones that belong to a campaign open to members (the rule of
 * campaign-visibility.ts: visible to members and out of draft).
 */
export function visibleDocumentsSql(viewer: SignedInUser, alias = 'document'): { sql: string; parameters: Record<string, unknown> } {
  if (viewer.role !== Role.MEMBER) return { sql: 'TRUE', parameters: {} };
  return {
    sql: `(${alias}.status = :publishedDocument AND EXISTS (
            SELECT 1 FROM document_campaigns dc JOIN campaigns c ON c.id = dc.campaign_id AND c.deleted_at IS NULL
             WHERE dc.document_id = ${alias}.id AND c.visibility = :membersCampaign AND c.status <> :draftCampaign))`,
    parameters: { publishedDocument: DocumentStatus.PUBLISHED, membersCampaign: CampaignVisibility.MEMBERS, draftCampaign: CampaignStatus.DRAFT },
  };
}

/** The same rule for a loaded document, given whether one of its campaigns is open to members. */
export function mayReadDocument(viewer: SignedInUser, document: { status: DocumentStatus }, inCampaignOpenToMembers: boolean): boolean {
  return viewer.role !== Role.MEMBER || (document.status === DocumentStatus.PUBLISHED && inCampaignOpenToMembers);
}

/** Staff may see who wrote a document; members see the document only. */
export function maySeeAuthor(viewer: SignedInUser): boolean {
  return viewer.role !== Role.MEMBER;
}
