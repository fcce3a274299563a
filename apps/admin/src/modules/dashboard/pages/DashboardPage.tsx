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

const COMING = ['organisations', 'institutions', 'campaigns', 'outreach', 'earlyWarning', 'mailings'] as const;

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
          {isCoordinator ? (
            <Stack direction="row" spacing={1.5} sx={{ mt: 2, flexWrap: 'wrap' }}>
              <Button component={RouterLink} to="/users" variant="contained">
                {t('common:nav.users')}
              </Button>
              <Button component={RouterLink} to="/audit" variant="outlined">
                {t('common:nav.audit')}
              </Button>
            </Stack>
          ) : null}
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
