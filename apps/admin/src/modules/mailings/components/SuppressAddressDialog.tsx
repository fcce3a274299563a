import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import { FormDialog } from '../../../ui/FormDialog';
import { FormTextField } from '../../../ui/FormTextField';
import { SUPPRESS_ADDRESS_MUTATION } from '../graphql/suppress-address.mutation';

const FIELDS = ['address', 'detail'] as const;

/** Stops every mailing to an address (someone asked by phone, a known bad address...). */
export function SuppressAddressDialog({ onClose, onAdded }: { onClose: () => void; onAdded: (address: string) => void }) {
  const { t } = useTranslation('mailings');
  const [address, setAddress] = useState('');
  const [detail, setDetail] = useState('');
  const [checked, setChecked] = useState(false);
  const { fieldErrors, alert, attempt } = useApiProblem(FIELDS);
  const [suppress, { loading }] = useMutation(SUPPRESS_ADDRESS_MUTATION);
  const addressError = checked && !address.trim() ? t('suppressions.errors.address') : undefined;

  function submit() {
    setChecked(true);
    if (!address.trim()) return;
    void attempt(async () => {
      const { data } = await suppress({
        variables: { input: { address: address.trim(), detail: detail.trim() || null } },
        refetchQueries: ['Suppressions'],
      });
      if (data) onAdded(data.suppressAddress.address);
    });
  }

  return (
    <FormDialog
      title={t('suppressions.addTitle')}
      intro={t('suppressions.addIntro')}
      alert={alert}
      submitting={loading}
      submitLabel={t('suppressions.add')}
      submittingLabel={t('suppressions.adding')}
      onSubmit={submit}
      onClose={onClose}
    >
      <FormTextField
        label={t('suppressions.address')}
        type="email"
        required
        autoFocus
        value={address}
        onChange={setAddress}
        error={fieldErrors.address ?? addressError}
      />
      <FormTextField
        label={t('suppressions.detail')}
        value={detail}
        onChange={setDetail}
        error={fieldErrors.detail}
        helperText={t('suppressions.detailHelp')}
      />
    </FormDialog>
  );
}
