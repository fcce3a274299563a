import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../ui/BackLink';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import type { NoticeState } from '../../../ui/useNotice';
import { MailingForm } from '../components/MailingForm';
import { CREATE_MAILING_MUTATION } from '../graphql/create-mailing.mutation';
import { UPDATE_MAILING_MUTATION } from '../graphql/update-mailing.mutation';
import { useMailingNames } from '../hooks/useMailingNames';
import { useMailingRecord } from '../hooks/useMailingRecord';
import { mailingPath } from '../mailingOptions';
import { MailingStatusNotice } from '../components/MailingStatusNotice';

/** Goes to the mailing's page, which says what was done. */
function useShowMailing() {
  const navigate = useNavigate();
  return (id: string, text: string) =>
    void navigate(mailingPath(id), { state: { notice: { severity: 'success', text } } satisfies NoticeState });
}

const NOTHING_CHOSEN = { list: null, audience: null, campaign: null };

/** Coordinators: a new draft (the route checks the role). */
export function NewMailingPage() {
  const { t } = useTranslation('mailings');
  const show = useShowMailing();
  const [createMailing, { loading }] = useMutation(CREATE_MAILING_MUTATION);
  return (
    <>
      <BackLink to="/mailings" label={t('page.back')} />
      <PageHeader title={t('composer.newTitle')} intro={t('composer.intro')} />
      <MailingForm
        start={NOTHING_CHOSEN}
        submitting={loading}
        cancelTo="/mailings"
        save={async (input) => {
          const { data } = await createMailing({ variables: { input } });
          if (data) show(data.createMailing.id, t('composer.created', { name: data.createMailing.name }));
        }}
      />
    </>
  );
}

/** Coordinators: a draft's audience, languages and text. Once sending was asked for, it can no longer change. */
export function EditMailingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('mailings');
  const show = useShowMailing();
  const { mailing, fallback } = useMailingRecord(id);
  const names = useMailingNames(mailing);
  const [updateMailing, { loading }] = useMutation(UPDATE_MAILING_MUTATION);
  if (!mailing) return fallback;
  const recordPath = mailingPath(mailing.id);
  return (
    <>
      <BackLink to={recordPath} label={mailing.name} />
      <PageHeader title={t('composer.editTitle', { name: mailing.name })} intro={t('composer.intro')} />
      {mailing.status !== 'DRAFT' ? (
        <MailingStatusNotice mailing={mailing} />
      ) : !names.loaded ? (
        <LoadingState />
      ) : (
        <MailingForm
          mailing={mailing}
          start={names}
          submitting={loading}
          cancelTo={recordPath}
          save={async (input) => {
            const { data } = await updateMailing({ variables: { input: { id: mailing.id, ...input } } });
            if (data) show(data.updateMailing.id, t('composer.saved', { name: data.updateMailing.name }));
          }}
        />
      )}
    </>
  );
}
