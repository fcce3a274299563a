import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { DashboardQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../ui/formatDateTime';
import { RecordSection } from '../../../ui/RecordSection';
import { institutionName } from '../../institutions/institutionNames';

type RecentInteraction = DashboardQuery['dashboard']['recentInteractions'][number];

/** The latest meetings, calls and letters: what, when, with whom; each opens the interaction. */
export function RecentInteractionsSection({ interactions }: { interactions: readonly RecentInteraction[] }) {
  const { t, i18n } = useTranslation('dashboard');
  const language = currentLanguage(i18n);

  return (
    <RecordSection title={t('interactions.title')}>
      {interactions.length === 0 ? <Typography color="text.secondary">{t('interactions.empty')}</Typography> : null}
      <List disablePadding>
        {interactions.map((interaction) => {
          const kind = t(`interactionKinds.${interaction.kind}`);
          const names = [
            ...interaction.contacts.map((contact) => `${contact.firstName} ${contact.lastName}`),
            ...interaction.institutions.map((institution) => institutionName(institution, language)),
          ];
          return (
            <ListItem key={interaction.id} disableGutters divider>
              <ListItemText
                primary={
                  <Link component={RouterLink} to={`/interactions/${interaction.id}`} sx={{ fontWeight: 600 }}>
                    {interaction.subject || kind}
                  </Link>
                }
                secondary={[kind, formatDateTime(interaction.occurredAt, language), names.length > 0 ? t('interactions.with', { names: names.join(', ') }) : null]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </ListItem>
          );
        })}
      </List>
    </RecordSection>
  );
}
