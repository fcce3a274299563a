import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignStatus } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCampaignMembership } from '../hooks/useCampaignMembership';

export interface CampaignMembershipButtonProps {
  campaign: { id: string; name: string; status: CampaignStatus };
  /** Whether the representative's organisation takes part now. */
  takesPart: boolean;
  /** Says what was done (the organisation joined or left). */
  onChanged: (text: string) => void;
}

/**
 * A member representative's Join (active campaigns only, as the API allows) or Leave (after a confirmation) for their
 * organisation.
 */
export function CampaignMembershipButton({ campaign, takesPart, onChanged }: CampaignMembershipButtonProps) {
  const { t } = useTranslation('campaigns');
  const membership = useCampaignMembership(campaign.id);
  const [confirmingLeave, setConfirmingLeave] = useState(false);
  const name = campaign.name;

  if (takesPart) {
    return (
      <>
        <Button
          variant="outlined"
          size="small"
          aria-label={t('membership.leaveLabel', { name })}
          onClick={() => {
            membership.clear();
            setConfirmingLeave(true);
          }}
        >
          {t('membership.leave')}
        </Button>
        <ConfirmDialog
          open={confirmingLeave}
          title={t('membership.leaveTitle', { name })}
          body={t('membership.leaveBody', { name })}
          confirmLabel={t('membership.leaveConfirm')}
          destructive
          busy={membership.busy}
          error={membership.alert}
          onClose={() => setConfirmingLeave(false)}
          onConfirm={() =>
            void membership.leave().then((done) => {
              if (!done) return;
              setConfirmingLeave(false);
              onChanged(t('membership.left', { name }));
            })
          }
        />
      </>
    );
  }
  if (campaign.status !== 'ACTIVE') return null;
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Button
        variant="contained"
        size="small"
        loading={membership.busy}
        aria-label={t('membership.joinLabel', { name })}
        onClick={() => void membership.join().then((done) => done && onChanged(t('membership.joined', { name })))}
      >
        {t('membership.join')}
      </Button>
      <ErrorAlert message={membership.alert} />
    </Stack>
  );
}
