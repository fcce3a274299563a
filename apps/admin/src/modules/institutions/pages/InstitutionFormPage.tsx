import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { BackLink } from '../../../ui/BackLink';
import { PageHeader } from '../../../ui/PageHeader';
import type { NoticeState } from '../../../ui/useNotice';
import { InstitutionForm } from '../components/InstitutionForm';
import { CREATE_INSTITUTION_MUTATION } from '../graphql/create-institution.mutation';
import { UPDATE_INSTITUTION_MUTATION } from '../graphql/update-institution.mutation';
import { useInstitutionRecord } from '../hooks/useInstitutionRecord';
import { institutionName, institutionPath, type NamedInstitution } from '../institutionNames';

/** Goes to the institution's page, which says what was done. */
function useShowInstitution(done: 'form.created' | 'form.saved') {
  const { t, i18n } = useTranslation('institutions');
  const navigate = useNavigate();
  return (institution: NamedInstitution & { id: string }) =>
    void navigate(institutionPath(institution.id), {
      state: {
        notice: { severity: 'success', text: t(done, { name: institutionName(institution, currentLanguage(i18n)) }) },
      } satisfies NoticeState,
    });
}

/** Coordinators and advocates: a new institution (the route checks the role). */
export function NewInstitutionPage() {
  const { t } = useTranslation('institutions');
  const show = useShowInstitution('form.created');
  const [createInstitution, { loading }] = useMutation(CREATE_INSTITUTION_MUTATION);
  return (
    <>
      <BackLink to="/institutions" label={t('page.back')} />
      <PageHeader title={t('form.newTitle')} intro={t('form.intro')} />
      <InstitutionForm
        submitting={loading}
        cancelTo="/institutions"
        save={async (input) => {
          const { data } = await createInstitution({ variables: { input } });
          if (data) show(data.createInstitution);
        }}
      />
    </>
  );
}

/** Coordinators and advocates: an institution's names, kind, parent, country and website. */
export function EditInstitutionPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('institutions');
  const show = useShowInstitution('form.saved');
  const { institution, fallback } = useInstitutionRecord(id);
  const [updateInstitution, { loading }] = useMutation(UPDATE_INSTITUTION_MUTATION);
  if (!institution) return fallback;
  const name = institutionName(institution, currentLanguage(i18n));
  const recordPath = institutionPath(institution.id);
  return (
    <>
      <BackLink to={recordPath} label={name} />
      <PageHeader title={t('form.editTitle', { name })} intro={t('form.intro')} />
      <InstitutionForm
        institution={institution}
        submitting={loading}
        cancelTo={recordPath}
        save={async (input) => {
          const { data } = await updateInstitution({ variables: { input: { id: institution.id, ...input } } });
          if (data) show(data.updateInstitution);
        }}
      />
    </>
  );
}
