import { useQuery } from '@apollo/client/react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import { currentLanguage } from '../../../app/i18n';
import type { ContactPositionsQuery } from '../../../gql/graphql';
import { NoticeSnackbar, type Notice } from '../../../ui/NoticeSnackbar';
import { QueriedSection } from '../../../ui/QueriedSection';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { mayEditDirectory } from '../../auth/permissions';
import { CONTACT_POSITIONS_QUERY } from '../graphql/contact-positions.query';
import { usePositionPeriod } from '../hooks/usePositionPeriod';
import { institutionName } from '../institutionNames';
import { AddPositionDialog } from './AddPositionDialog';
import { EndPositionDialog } from './EndPositionDialog';
import { InstitutionLink } from './InstitutionLink';

type ContactPosition = NonNullable<ContactPositionsQuery['contact']>['positions'][number];

export interface PositionsSectionProps {
  contact: { id: string; firstName: string; lastName: string; deletedAt?: string | null };
}

/**
 * A contact's positions, current first (the API lists newest first), with "Add a position" and "End position" for
 * those who keep the directory. A section of the contact's page; it asks for the positions itself.
 */
export function PositionsSection({ contact }: PositionsSectionProps) {
  const { t, i18n } = useTranslation('institutions');
  const language = currentLanguage(i18n);
  const user = useCurrentUser();
  const period = usePositionPeriod();
  const mayEdit = mayEditDirectory(user) && !contact.deletedAt;
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<{ id: string; description: string } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { data, loading, error, refetch } = useQuery(CONTACT_POSITIONS_QUERY, {
    variables: { id: contact.id },
    fetchPolicy: 'cache-and-network',
  });
  const errorText = useApiErrorText(error);
  const name = `${contact.firstName} ${contact.lastName}`;
  const positions = [...(data?.contact?.positions ?? [])].sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent));
  const describe = (position: ContactPosition) =>
    position.institution
      ? t('positions.titleAt', { title: position.title, institution: institutionName(position.institution, language) })
      : position.title;

  return (
    <QueriedSection
      title={t('positions.title')}
      add={mayEdit ? { label: t('positions.add'), icon: <AddOutlined aria-hidden />, onClick: () => setAdding(true) } : undefined}
      loaded={Boolean(data)}
      loading={loading}
      error={errorText}
      onRetry={() => void refetch()}
      emptyText={t('positions.empty')}
      isEmpty={positions.length === 0}
    >
      <List disablePadding>
        {positions.map((position) => (
          <ListItem key={position.id} disableGutters divider>
            <ListItemText
              primary={
                <Stack component="span" direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  <span>
                    {position.title}
                    {position.institution ? (
                      <>
                        {` ${t('positions.at')} `}
                        <InstitutionLink institution={position.institution} />
                      </>
                    ) : null}
                  </span>
                  {position.isCurrent ? <Chip component="span" size="small" color="success" variant="outlined" label={t('positions.current')} /> : null}
                </Stack>
              }
              secondary={period(position)}
            />
            {mayEdit && position.isCurrent ? (
              <Button
                size="small"
                sx={{ flexShrink: 0, ml: 2 }}
                aria-label={t('positions.endLabel', { position: describe(position) })}
                onClick={() => setEnding({ id: position.id, description: describe(position) })}
              >
                {t('positions.end')}
              </Button>
            ) : null}
          </ListItem>
        ))}
      </List>
      {adding ? (
        <AddPositionDialog
          contact={{ id: contact.id, name }}
          onClose={() => setAdding(false)}
          onAdded={(title) => {
            setAdding(false);
            setNotice({ severity: 'success', text: t('addPosition.done', { title, name }) });
          }}
        />
      ) : null}
      {ending ? (
        <EndPositionDialog
          position={ending}
          onClose={() => setEnding(null)}
          onEnded={() => {
            setNotice({ severity: 'success', text: t('endPosition.done', { position: ending.description }) });
            setEnding(null);
          }}
        />
      ) : null}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </QueriedSection>
  );
}
