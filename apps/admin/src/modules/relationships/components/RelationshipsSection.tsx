import { useMutation, useQuery } from '@apollo/client/react';
import AddLinkOutlined from '@mui/icons-material/AddLinkOutlined';
import LinkOffOutlined from '@mui/icons-material/LinkOffOutlined';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApiAction } from '../../../app/graphql/useApiAction';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import type { ContactRelationshipsQuery } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { NoticeSnackbar, type Notice } from '../../../ui/NoticeSnackbar';
import { QueriedSection } from '../../../ui/QueriedSection';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { mayEditDirectory } from '../../auth/permissions';
import { usePositionPeriod } from '../../institutions/hooks/usePositionPeriod';
import { CONTACT_RELATIONSHIPS_QUERY } from '../graphql/contact-relationships.query';
import { REMOVE_RELATIONSHIP_MUTATION } from '../graphql/remove-relationship.mutation';
import { AddRelationshipDialog } from './AddRelationshipDialog';
import { contactName } from './ContactAutocomplete';

type Relationship = NonNullable<ContactRelationshipsQuery['contact']>['relationships'][number];
type LinkedContact = Relationship['fromContact'];

export interface RelationshipsSectionProps {
  contact: { id: string; firstName: string; lastName: string; deletedAt?: string | null };
}

/**
 * How a contact is linked to other people ("X advises Y"), with add and remove for those who keep the directory.
 * A section of the contact's page; it asks for the links itself.
 */
export function RelationshipsSection({ contact }: RelationshipsSectionProps) {
  const { t } = useTranslation('relationships');
  const user = useCurrentUser();
  const period = usePositionPeriod();
  const mayEdit = mayEditDirectory(user) && !contact.deletedAt;
  const name = contactName(contact);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<{ id: string; sentence: string } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const removal = useApiAction();
  const { data, loading, error, refetch } = useQuery(CONTACT_RELATIONSHIPS_QUERY, {
    variables: { id: contact.id },
    fetchPolicy: 'cache-and-network',
  });
  const [removeRelationship] = useMutation(REMOVE_RELATIONSHIP_MUTATION, {
    refetchQueries: [{ query: CONTACT_RELATIONSHIPS_QUERY, variables: { id: contact.id } }],
    awaitRefetchQueries: true,
  });
  const errorText = useApiErrorText(error);
  const relationships = data?.contact?.relationships ?? [];

  const nameOf = (person: LinkedContact) => (person ? contactName(person) : t('deletedPerson'));
  const sentenceOf = (relationship: Relationship) =>
    t('sentence', { from: nameOf(relationship.fromContact), verb: t(`kinds.${relationship.kind}`), to: nameOf(relationship.toContact) });
  // This contact reads as plain text; the other person links to their page.
  const person = (linked: LinkedContact) =>
    linked && linked.id !== contact.id ? (
      <Link component={RouterLink} to={`/contacts/${linked.id}`} sx={{ fontWeight: 600 }}>
        {contactName(linked)}
      </Link>
    ) : (
      <strong>{nameOf(linked)}</strong>
    );
  const details = (relationship: Relationship) =>
    [relationship.startDate ? period({ startDate: relationship.startDate, endDate: relationship.endDate }) : null, relationship.note]
      .filter(Boolean)
      .join(' · ');

  async function remove() {
    if (!removing) return;
    const done = await removal.run(() => removeRelationship({ variables: { id: removing.id } }));
    if (!done) return;
    setNotice({ severity: 'success', text: t('remove.done', { sentence: removing.sentence }) });
    setRemoving(null);
  }

  return (
    <QueriedSection
      title={t('title')}
      add={mayEdit ? { label: t('add.open'), icon: <AddLinkOutlined aria-hidden />, onClick: () => setAdding(true) } : undefined}
      loaded={Boolean(data)}
      loading={loading}
      error={errorText}
      onRetry={() => void refetch()}
      emptyText={t('empty')}
      isEmpty={relationships.length === 0}
    >
      <List disablePadding>
        {relationships.map((relationship) => (
          <ListItem
            key={relationship.id}
            disableGutters
            divider
            secondaryAction={
              mayEdit ? (
                <IconButton
                  edge="end"
                  aria-label={t('remove.label', { sentence: sentenceOf(relationship) })}
                  onClick={() => {
                    removal.clear();
                    setRemoving({ id: relationship.id, sentence: sentenceOf(relationship) });
                  }}
                >
                  <LinkOffOutlined />
                </IconButton>
              ) : undefined
            }
          >
            <ListItemText
              primary={
                <>
                  {person(relationship.fromContact)} {t(`kinds.${relationship.kind}`)} {person(relationship.toContact)}
                </>
              }
              secondary={details(relationship) || null}
            />
          </ListItem>
        ))}
      </List>
      {adding ? (
        <AddRelationshipDialog
          contact={{ id: contact.id, name }}
          onClose={() => setAdding(false)}
          onAdded={(sentence) => {
            setAdding(false);
            setNotice({ severity: 'success', text: t('add.done', { sentence }) });
          }}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('remove.title')}
        body={t('remove.body', { sentence: removing?.sentence ?? '' })}
        confirmLabel={t('remove.confirm')}
        destructive
        busy={removal.busy}
        error={removal.alert}
        onConfirm={() => void remove()}
        onClose={() => setRemoving(null)}
      />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </QueriedSection>
  );
}
