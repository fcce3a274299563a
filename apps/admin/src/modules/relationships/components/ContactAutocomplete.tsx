import { useTranslation } from 'react-i18next';
import { RemoteAutocomplete, type RecordPickerProps } from '../../../ui/RemoteAutocomplete';
import { CONTACT_PICKER_OPTIONS_QUERY } from '../graphql/contact-picker-options.query';

export interface ContactOption {
  id: string;
  firstName: string;
  lastName: string;
}

export interface ContactAutocompleteProps extends RecordPickerProps<ContactOption> {
  /** Left out of the choices (e.g. the contact whose page this is). */
  excludeId?: string;
}

const OPTIONS_SHOWN = 20;

export const contactName = (contact: Pick<ContactOption, 'firstName' | 'lastName'>) => `${contact.firstName} ${contact.lastName}`;

/** Picks a person of the directory by typing part of their name or email. */
export function ContactAutocomplete({ excludeId, ...props }: ContactAutocompleteProps) {
  const { t } = useTranslation('relationships');
  return (
    <RemoteAutocomplete
      {...props}
      query={CONTACT_PICKER_OPTIONS_QUERY}
      variables={(search) => ({ first: OPTIONS_SHOWN, filter: search ? { search } : {} })}
      optionsOf={(data) => data.contacts.edges.map((edge) => edge.node).filter((contact) => contact.id !== excludeId)}
      optionLabel={contactName}
      noOptionsText={t('picker.none')}
    />
  );
}
