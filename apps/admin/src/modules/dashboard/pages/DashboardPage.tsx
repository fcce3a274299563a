import { STAFF_ROLES } from '@alliance/domain';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { MemberCampaignsSection } from '../components/MemberCampaignsSection';
import { MemberTasksSection } from '../components/MemberTasksSection';
import { StaffDashboard } from '../components/StaffDashboard';

/**
 * The home page. Staff see how the active campaigns are going, what is overdue and the latest interactions; a member
 * representative (to whom the API refuses that overview) sees their organisation's campaigns and open tasks.
 */
export function DashboardPage() {
  const { t } = useTranslation(['dashboard', 'common']);
  const user = useCurrentUser();
  const isStaff = (STAFF_ROLES as readonly string[]).includes(user.role);

  return (
    <>
      <PageHeader
        title={t('welcome', { name: user.name })}
        documentTitle={t('title')}
        intro={t('signedInRole', { role: t(`common:roles.${user.role}`) })}
      />
      {isStaff ? (
        <StaffDashboard />
      ) : (
        <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, alignItems: 'start' }}>
          <MemberCampaignsSection organisationId={user.organisationId ?? null} />
          <MemberTasksSection />
        </Box>
      )}
    </>
  );
}
