import { useMutation } from '@apollo/client/react';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../ui/BackLink';
import { DeadEndMessage } from '../../../ui/DeadEndMessage';
import { PageHeader } from '../../../ui/PageHeader';
import type { NoticeState } from '../../../ui/useNotice';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { mayEditOrganisation } from '../../auth/permissions';
import { OrganisationForm } from '../components/OrganisationForm';
import { CREATE_ORGANISATION_MUTATION } from '../graphql/create-organisation.mutation';
import { UPDATE_ORGANISATION_MUTATION } from '../graphql/update-organisation.mutation';
import { useOrganisationRecord } from '../hooks/useOrganisationRecord';

/** Goes to the organisation's page, which says what was done. */
function useShowOrganisation() {
  const navigate = useNavigate();
  return (id: string, text: string) =>
    void navigate(`/organisations/${id}`, { state: { notice: { severity: 'success', text } } satisfies NoticeState });
}

/** Coordinators and advocates: a new organisation (the route checks the role). */
export function NewOrganisationPage() {
  const { t } = useTranslation('organisations');
  const show = useShowOrganisation();
  const [createOrganisation, { loading }] = useMutation(CREATE_ORGANISATION_MUTATION);
  return (
    <>
      <BackLink to="/organisations" label={t('page.back')} />
      <PageHeader title={t('form.newTitle')} intro={t('form.intro')} />
      <OrganisationForm
        submitting={loading}
        cancelTo="/organisations"
        save={async (input, membershipStatus) => {
          const { data } = await createOrganisation({ variables: { input: { ...input, membershipStatus } } });
          if (data) show(data.createOrganisation.id, t('form.created', { name: data.createOrganisation.name }));
        }}
      />
    </>
  );
}

/** Coordinators, advocates, and a member representative for their own organisation. */
export function EditOrganisationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['organisations', 'common']);
  const user = useCurrentUser();
  const show = useShowOrganisation();
  const { organisation, fallback } = useOrganisationRecord(id);
  const [updateOrganisation, { loading: saving }] = useMutation(UPDATE_ORGANISATION_MUTATION);

  if (!mayEditOrganisation(user, id)) {
    return <DeadEndMessage icon={LockOutlined} title={t('common:accessDenied.title')} body={t('form.noPermission')} />;
  }
  // A deleted organisation is restored before it is edited.
  if (!organisation || organisation.deletedAt) return fallback;
  const recordPath = `/organisations/${organisation.id}`;
  return (
    <>
      <BackLink to={recordPath} label={organisation.name} />
      <PageHeader title={t('form.editTitle', { name: organisation.name })} intro={t('form.intro')} />
      <OrganisationForm
        organisation={organisation}
        submitting={saving}
        cancelTo={recordPath}
        save={async (input) => {
          const { data: saved } = await updateOrganisation({ variables: { input: { id: organisation.id, ...input } } });
          if (saved) show(saved.updateOrganisation.id, t('form.saved', { name: saved.updateOrganisation.name }));
        }}
      />
    </>
  );
}
