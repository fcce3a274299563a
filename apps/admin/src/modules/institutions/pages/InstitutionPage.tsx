import Link from '@mui/material/Link';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useRecordDeletion } from '../../../app/graphql/useRecordDeletion';
import { currentLanguage } from '../../../app/i18n';
import { RecordLinkList } from '../../../ui/RecordLinkList';
import { RecordPage } from '../../../ui/RecordPage';
import { RecordSection } from '../../../ui/RecordSection';
import { useNotice } from '../../../ui/useNotice';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { isCoordinator, mayEditDirectory } from '../../auth/permissions';
import { InteractionTimeline } from '../../interactions/components/InteractionTimeline';
import { InstitutionPeople } from '../components/InstitutionPeople';
import { InstitutionProfile } from '../components/InstitutionProfile';
import { SeatsPanel } from '../components/SeatsPanel';
import { DELETE_INSTITUTION_MUTATION } from '../graphql/delete-institution.mutation';
import { RESTORE_INSTITUTION_MUTATION } from '../graphql/restore-institution.mutation';
import { useInstitutionRecord } from '../hooks/useInstitutionRecord';
import { institutionName, institutionPath } from '../institutionNames';

/** One institution: its facts, parent and children, who sits on it, and the people who hold or held a post there. */
export function InstitutionPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(['institutions', 'common']);
  const language = currentLanguage(i18n);
  const user = useCurrentUser();
  const [notice, setNotice] = useNotice();
  // The API does not say whether an institution is deleted: the page knows only what it just did.
  const [deletedAt, setDeletedAt] = useState<string | null>(null);
  const { institution, fallback } = useInstitutionRecord(id, 'cache-and-network');
  const name = institution ? institutionName(institution, language) : '';
  const deletion = useRecordDeletion({
    id,
    deleteMutation: DELETE_INSTITUTION_MUTATION,
    restoreMutation: RESTORE_INSTITUTION_MUTATION,
    onDeleted: () => {
      setDeletedAt(new Date().toISOString());
      setNotice({ severity: 'success', text: t('deleteDialog.done', { name }) });
    },
    onRestored: () => {
      setDeletedAt(null);
      setNotice({ severity: 'success', text: t('restored', { name }) });
    },
  });

  if (!institution) return fallback;

  const intro = [institution.acronym, t(`kinds.${institution.kind}`)].filter(Boolean).join(' · ');
  const children = institution.children.map((child) => ({
    key: child.id,
    to: institutionPath(child.id),
    label: institutionName(child, language),
    detail: t(`kinds.${child.kind}`),
  }));

  return (
    <RecordPage
      title={name}
      intro={intro}
      back={{ to: '/institutions', label: t('page.back') }}
      editTo={mayEditDirectory(user) ? `${institutionPath(institution.id)}/edit` : undefined}
      deletion={isCoordinator(user) ? deletion : undefined}
      deleteCopy={{ title: t('deleteDialog.title', { name }), body: t('deleteDialog.body', { name }), confirm: t('deleteDialog.confirm') }}
      deletedAt={deletedAt}
      notice={notice}
      onNoticeClose={() => setNotice(null)}
    >
      <RecordSection title={t('page.profile')}>
        <InstitutionProfile institution={institution} />
      </RecordSection>
      <SeatsPanel bodyId={institution.id} />
      <RecordSection title={t('page.children')}>
        <RecordLinkList links={children} emptyText={t('page.childrenEmpty')} />
      </RecordSection>
      <RecordSection
        title={t('page.people')}
        actions={
          <Link component={RouterLink} to={`/policymakers?institution=${institution.id}`}>
            {t('page.seePolicymakers')}
          </Link>
        }
      >
        <InstitutionPeople positions={institution.positions} />
      </RecordSection>
      <InteractionTimeline filter={{ institutionId: institution.id }} />
    </RecordPage>
  );
}
