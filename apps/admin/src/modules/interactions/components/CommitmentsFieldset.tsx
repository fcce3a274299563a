import MenuItem from '@mui/material/MenuItem';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/DateField';
import { FormTextField } from '../../../ui/FormTextField';
import { RepeatableFieldset } from '../../../ui/RepeatableFieldset';
import type { RowList } from '../../../ui/useRowList';
import { contactName, type ContactOption } from '../../relationships/components/ContactAutocomplete';

/** A commitment as the form holds it: who promised (a contact met, by id), what, and by when (YYYY-MM-DD). */
export interface CommitmentRow {
  contactId: string;
  description: string;
  dueDate: string;
}

export const blankCommitment = (): CommitmentRow => ({ contactId: '', description: '', dueDate: '' });

/** Whether the row says anything: empty rows are not sent. */
export const isCommitmentFilled = (row: CommitmentRow) => row.contactId !== '' || row.description.trim() !== '' || row.dueDate !== '';

/** Who promised: the person chosen if they are still among the people met, or the only person met. */
export function whoPromised(row: CommitmentRow, peopleMet: readonly ContactOption[]): string {
  if (peopleMet.some((person) => person.id === row.contactId)) return row.contactId;
  return peopleMet.length === 1 ? (peopleMet[0]?.id ?? '') : '';
}

export interface CommitmentsFieldsetProps {
  list: RowList<CommitmentRow>;
  peopleMet: readonly ContactOption[];
  /** A problem with the list as a whole. */
  error?: string;
  /** The problem with one field of the row with this key (the API's, or "choose who"). */
  rowError: (key: number, field: keyof CommitmentRow) => string | undefined;
}

/** The commitments obtained: who of the people met promised what, and by when. */
export function CommitmentsFieldset({ list, peopleMet, error, rowError }: CommitmentsFieldsetProps) {
  const { t } = useTranslation('interactions');
  return (
    <RepeatableFieldset
      legend={t('commitments.legend')}
      list={list}
      blank={blankCommitment}
      addLabel={t('commitments.add')}
      removeLabel={(index) => t('commitments.remove', { number: index + 1 })}
      emptyText={t('commitments.empty')}
      error={error}
      renderRow={(row, index) => {
        const key = list.rows[index]?.key ?? -1;
        const number = index + 1;
        return (
          <>
            <FormTextField
              select
              label={t('commitments.who', { number })}
              value={whoPromised(row, peopleMet)}
              onChange={(contactId) => list.change(index, { contactId })}
              error={rowError(key, 'contactId')}
              helperText={peopleMet.length === 0 ? t('commitments.pickPeopleFirst') : undefined}
              disabled={peopleMet.length === 0}
              sx={{ flex: 1, minWidth: 180 }}
            >
              {peopleMet.map((person) => (
                <MenuItem key={person.id} value={person.id}>
                  {contactName(person)}
                </MenuItem>
              ))}
            </FormTextField>
            <FormTextField
              label={t('commitments.what', { number })}
              value={row.description}
              onChange={(description) => list.change(index, { description })}
              error={rowError(key, 'description')}
              sx={{ flex: 2 }}
            />
            <DateField
              label={t('commitments.dueDate', { number })}
              value={row.dueDate}
              onChange={(dueDate) => list.change(index, { dueDate })}
              error={rowError(key, 'dueDate')}
              sx={{ flex: 1, minWidth: 160 }}
            />
          </>
        );
      }}
    />
  );
}
