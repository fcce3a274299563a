import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useRecordQuery } from '../../../app/graphql/useRecordQuery';
import { BackLink } from '../../../ui/BackLink';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import type { NoticeState } from '../../../ui/useNotice';
import { NoticeSnackbar } from '../../../ui/NoticeSnackbar';
import { useNotice } from '../../../ui/useNotice';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { newAudienceTree, treeFromRule } from '../audienceTree';
import { AudienceEditor } from '../components/AudienceEditor';
import { AUDIENCE_QUERY } from '../graphql/audience.query';
import { CREATE_AUDIENCE_MUTATION } from '../graphql/create-audience.mutation';
import { UPDATE_AUDIENCE_MUTATION } from '../graphql/update-audience.mutation';
import { useRuleRecordNames } from '../hooks/useRuleRecordNames';
import { audiencePath, mayManageMailings } from '../mailingOptions';

/** Coordinators: a new saved audience (the route checks the role). */
export function NewAudiencePage() {
  const { t } = useTranslation('mailings');
  const navigate = useNavigate();
  const [createAudience, { loading }] = useMutation(CREATE_AUDIENCE_MUTATION);
  const [start] = useState(newAudienceTree);
  return (
    <>
      <BackLink to="/mailings/audiences" label={t('audiences.back')} />
      <PageHeader title={t('audiences.newTitle')} intro={t('audiences.formIntro')} />
      <AudienceEditor
        initialName=""
        initialTree={start}
        isNew
        submitting={loading}
        cancelTo="/mailings/audiences"
        save={async (input) => {
          const { data } = await createAudience({ variables: { input }, refetchQueries: ['Audiences'] });
          if (!data) return;
          const notice = { severity: 'success', text: t('audiences.created', { name: data.createAudience.name }) } as const;
          void navigate(audiencePath(data.createAudience.id), { replace: true, state: { notice } satisfies NoticeState });
        }}
      />
    </>
  );
}

/** A saved audience: coordinators change it; advocates read it and try its count. */
export function AudiencePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('mailings');
  const mayManage = mayManageMailings(useCurrentUser());
  const [notice, setNotice] = useNotice();
  const [updateAudience, { loading }] = useMutation(UPDATE_AUDIENCE_MUTATION);
  const { record: audience, fallback } = useRecordQuery(AUDIENCE_QUERY, {
    id,
    recordOf: (data) => data.audience,
    notFound: { title: t('audiences.notFoundTitle'), body: t('audiences.notFoundBody'), back: { to: '/mailings/audiences', label: t('audiences.back') } },
    fetchPolicy: 'cache-and-network',
  });
  const { names } = useRuleRecordNames(audience?.rule);
  if (!audience) return fallback;

  return (
    <>
      <BackLink to="/mailings/audiences" label={t('audiences.back')} />
      <PageHeader title={audience.name} intro={t('audiences.formIntro')} />
      {names ? (
        <AudienceEditor
          // A new answer (saved here or elsewhere) starts the editor again from it.
          key={audience.updatedAt}
          initialName={audience.name}
          initialTree={treeFromRule(audience.rule, names)}
          isNew={false}
          submitting={loading}
          cancelTo="/mailings/audiences"
          save={
            mayManage
              ? async (input) => {
                  const { data } = await updateAudience({ variables: { input: { id: audience.id, ...input } } });
                  if (data) setNotice({ severity: 'success', text: t('audiences.saved', { name: data.updateAudience.name }) });
                }
              : undefined
          }
        />
      ) : (
        <LoadingState />
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
