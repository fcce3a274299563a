import { RESTORE_WINDOW_DAYS } from '@alliance/domain';
import { useQuery } from '@apollo/client/react';
import MergeOutlined from '@mui/icons-material/MergeOutlined';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import type { ContactDuplicatesQuery } from '../../../gql/graphql';
import { BackLink } from '../../../ui/BackLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { NoticeSnackbar, type Notice } from '../../../ui/NoticeSnackbar';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { isCoordinator } from '../../auth/permissions';
import { DuplicateContactCard, personName } from '../components/DuplicateContactCard';
import { MergeContactsDialog } from '../components/MergeContactsDialog';
import { CONTACT_DUPLICATES_QUERY } from '../graphql/contact-duplicates.query';

type Pair = ContactDuplicatesQuery['contactDuplicates'][number];

/** How many pairs the page lists: merging some brings the next ones up. */
const PAIRS_SHOWN = 50;

/** Coordinators and advocates: contacts that are probably the same person, side by side; coordinators merge them. */
export function DuplicatesPage() {
  const { t, i18n } = useTranslation('duplicates');
  const user = useCurrentUser();
  const mayMerge = isCoordinator(user);
  const [merging, setMerging] = useState<Pair | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { data, loading, error, refetch } = useQuery(CONTACT_DUPLICATES_QUERY, {
    variables: { first: PAIRS_SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  const errorText = useApiErrorText(error);
  const pairs = data?.contactDuplicates ?? [];
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const reason = (pair: Pair) =>
    pair.reason === 'SAME_NAME' || pair.reason === 'SIMILAR_NAME_SAME_ORGANISATION' ? t(`reasons.${pair.reason}`) : pair.reason;

  return (
    <>
      <BackLink to="/contacts" label={t('back')} />
      <PageHeader title={t('title')} intro={mayMerge ? t('intro') : t('introReadOnly')} />
      <ErrorAlert message={data ? null : errorText} onRetry={() => void refetch()} />
      {loading && !data ? <LoadingState /> : null}
      {data && pairs.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Typography color="text.secondary">{t('empty')}</Typography>
        </Paper>
      ) : null}
      <Stack component="ul" spacing={2} sx={{ m: 0, p: 0, listStyle: 'none', maxWidth: 1100 }}>
        {pairs.map((pair) => {
          const names = { first: personName(pair.first), second: personName(pair.second) };
          return (
            <Paper component="li" variant="outlined" key={`${pair.first.id}-${pair.second.id}`} sx={{ p: { xs: 2, sm: 3 } }}>
              <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
                <Typography component="h2" variant="h3">
                  {t('pair.heading', names)}
                </Typography>
                {mayMerge ? (
                  <Button
                    variant="outlined"
                    startIcon={<MergeOutlined aria-hidden />}
                    aria-label={t('pair.mergeLabel', names)}
                    onClick={() => setMerging(pair)}
                  >
                    {t('pair.merge')}
                  </Button>
                ) : null}
              </Stack>
              <Typography color="text.secondary" sx={{ mb: 2 }}>
                {t('pair.why', { reason: reason(pair), score: percent.format(pair.score) })}
              </Typography>
              <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} divider={<Divider orientation="vertical" flexItem />}>
                <DuplicateContactCard contact={pair.first} />
                <DuplicateContactCard contact={pair.second} />
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      {merging ? (
        <MergeContactsDialog
          pair={merging}
          onClose={() => setMerging(null)}
          onMerged={(kept, merged) => {
            setMerging(null);
            setNotice({ severity: 'success', text: t('merge.done', { kept: personName(kept), merged: personName(merged), days: RESTORE_WINDOW_DAYS }) });
            void refetch();
          }}
        />
      ) : null}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
