import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useRecordDeletion } from '../../../app/graphql/useRecordDeletion';
import { currentLanguage } from '../../../app/i18n';
import { DetailList } from '../../../ui/DetailList';
import { formatDate } from '../../../ui/formatDateTime';
import { RecordPage } from '../../../ui/RecordPage';
import { RecordSection } from '../../../ui/RecordSection';
import { useNotice } from '../../../ui/useNotice';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { isCoordinator, mayEditDirectory, mayEditOrganisation } from '../../auth/permissions';
import { OrganisationCampaignsSection } from '../../campaigns/components/OrganisationCampaignsSection';
import { ChangeMembershipStatusDialog } from '../components/ChangeMembershipStatusDialog';
import { MembershipHistory } from '../components/MembershipHistory';
import { MembershipStatusChip } from '../components/MembershipStatusChip';
import { OrganisationPeople } from '../components/OrganisationPeople';
import { OrganisationProfile } from '../components/OrganisationProfile';
import { DELETE_ORGANISATION_MUTATION } from '../graphql/delete-organisation.mutation';
import { RESTORE_ORGANISATION_MUTATION } from '../graphql/restore-organisation.mutation';
import { useOrganisationRecord } from '../hooks/useOrganisationRecord';

/** One organisation: profile, membership and its history, its people; editing, membership changes, deletion. */
export function OrganisationPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(['organisations', 'common']);
  const user = useCurrentUser();
  const [notice, setNotice] = useNotice();
  const [changingStatus, setChangingStatus] = useState(false);
  // Others edit the directory too, and new people are linked from the contact side: ask again on each visit.
  const { organisation, fallback } = useOrganisationRecord(id, 'cache-and-network');
  const name = organisation?.name ?? '';
  const deletion = useRecordDeletion({
    id,
    deleteMutation: DELETE_ORGANISATION_MUTATION,
    restoreMutation: RESTORE_ORGANISATION_MUTATION,
    onDeleted: () => setNotice({ severity: 'success', text: t('deleteDialog.done', { name }) }),
    onRestored: () => setNotice({ severity: 'success', text: t('restored', { name }) }),
  });

  if (!organisation) return fallback;

  const deleted = organisation.deletedAt !== null;
  const mayManage = isCoordinator(user);
  const intro = [organisation.acronym, t(`types.${organisation.type}`)].filter(Boolean).join(' · ');

  return (
    <RecordPage
      title={organisation.name}
      intro={intro}
      back={{ to: '/organisations', label: t('page.back') }}
      editTo={mayEditOrganisation(user, organisation.id) ? `/organisations/${organisation.id}/edit` : undefined}
      deletion={mayManage ? deletion : undefined}
      deleteCopy={{
        title: t('deleteDialog.title', { name }),
        body: t('deleteDialog.body', { name }),
        confirm: t('deleteDialog.confirm'),
      }}
      deletedAt={organisation.deletedAt ?? null}
      notice={notice}
      onNoticeClose={() => setNotice(null)}
    >
      <RecordSection title={t('page.profile')}>
        <OrganisationProfile organisation={organisation} />
      </RecordSection>
      <RecordSection
        title={t('page.membership')}
        actions={
          mayManage && !deleted ? (
            <Button variant="outlined" onClick={() => setChangingStatus(true)}>
              {t('page.changeStatus')}
            </Button>
          ) : null
        }
      >
        <DetailList
          details={[
            { label: t('page.currentStatus'), value: <MembershipStatusChip status={organisation.membershipStatus} /> },
            {
              label: t('page.memberSince'),
              value: organisation.memberSince ? (
                <time dateTime={organisation.memberSince}>{formatDate(organisation.memberSince, currentLanguage(i18n))}</time>
              ) : null,
            },
          ]}
        />
        <Typography variant="h3" sx={{ mt: 3, mb: 1.5 }}>
          {t('page.history')}
        </Typography>
        <MembershipHistory changes={organisation.membershipHistory} />
      </RecordSection>
      <RecordSection
        title={t('page.people')}
        actions={
          mayEditDirectory(user) && !deleted ? (
            <Button
              component={RouterLink}
              to="/contacts/new"
              state={{ organisation: { id: organisation.id, name: organisation.name, acronym: organisation.acronym } }}
              variant="outlined"
            >
              {t('page.addPerson')}
            </Button>
          ) : null
        }
      >
        <OrganisationPeople affiliations={organisation.affiliations} />
        {organisation.affiliations.length > 0 ? (
          <Link component={RouterLink} to={`/contacts?organisation=${organisation.id}`} sx={{ display: 'inline-block', mt: 2 }}>
            {t('page.seeInContacts')}
          </Link>
        ) : null}
      </RecordSection>
      <OrganisationCampaignsSection organisationId={organisation.id} />
      {changingStatus ? (
        <ChangeMembershipStatusDialog
          organisation={organisation}
          onClose={() => setChangingStatus(false)}
          onChanged={(status) => {
            setChangingStatus(false);
            setNotice({ severity: 'success', text: t('statusDialog.done', { name, status: t(`statuses.${status}`) }) });
          }}
        />
      ) : null}
    </RecordPage>
  );
}
