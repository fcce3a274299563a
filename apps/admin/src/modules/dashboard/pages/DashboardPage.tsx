import { Role } from '@alliance/domain';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';

const COMING = ['campaigns', 'outreach', 'earlyWarning', 'mailings'] as const;

/** A welcome page until the alliance's own records arrive: who you are, what works now, what comes next. */
export function DashboardPage() {
  const { t } = useTranslation(['dashboard', 'common']);
  const user = useCurrentUser();
  const isCoordinator = user.role === Role.COORDINATOR;

  return (
    <>
      <PageHeader
        title={t('welcome', { name: user.name })}
        documentTitle={t('title')}
        intro={t('signedInRole', { role: t(`common:roles.${user.role}`) })}
      />
      <Stack spacing={3} sx={{ maxWidth: 880 }}>
        <Paper variant="outlined" component="section" aria-labelledby="available-title" sx={{ p: 3 }}>
          <Typography variant="h2" id="available-title" gutterBottom>
            {t('availableTitle')}
          </Typography>
          <Typography color="text.secondary">
            {isCoordinator ? t('availableCoordinator') : t('availableOthers')}
          </Typography>
          <Stack direction="row" spacing={1.5} useFlexGap sx={{ mt: 2, flexWrap: 'wrap' }}>
            <Button component={RouterLink} to="/organisations" variant="contained">
              {t('common:nav.organisations')}
            </Button>
            <Button component={RouterLink} to="/contacts" variant="outlined">
              {t('common:nav.contacts')}
            </Button>
            <Button component={RouterLink} to="/institutions" variant="outlined">
              {t('common:nav.institutions')}
            </Button>
            <Button component={RouterLink} to="/policymakers" variant="outlined">
              {t('common:nav.policymakers')}
            </Button>
            {isCoordinator ? (
              <>
                <Button component={RouterLink} to="/users" variant="outlined">
                  {t('common:nav.users')}
                </Button>
                <Button component={RouterLink} to="/audit" variant="outlined">
                  {t('common:nav.audit')}
                </Button>
              </>
            ) : null}
          </Stack>
        </Paper>
        <Paper variant="outlined" component="section" aria-labelledby="coming-title" sx={{ p: 3 }}>
          <Typography variant="h2" id="coming-title" gutterBottom>
            {t('comingTitle')}
          </Typography>
          <Typography color="text.secondary">{t('comingIntro')}</Typography>
          <List>
            {COMING.map((item) => (
              <ListItem key={item} disableGutters>
                <ListItemText primary={t(`coming.${item}`)} />
              </ListItem>
            ))}
          </List>
        </Paper>
      </Stack>
    </>
  );
}
