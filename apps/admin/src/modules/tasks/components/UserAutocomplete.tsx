import { useTranslation } from 'react-i18next';
import { RemoteAutocomplete, type RecordPickerProps } from '../../../ui/RemoteAutocomplete';
import { TASK_ASSIGNEE_USER_OPTIONS_QUERY } from '../graphql/task-assignee-user-options.query';

export interface UserOption {
  id: string;
  name: string;
}

export type UserAutocompleteProps = RecordPickerProps<UserOption>;

/** How many users the picker offers at once: typing narrows them (name or email). */
const OPTIONS_SHOWN = 20;

/** Staff: picks a user of the CRM by typing part of their name or email. */
export function UserAutocomplete(props: UserAutocompleteProps) {
  const { t } = useTranslation('tasks');
  return (
    <RemoteAutocomplete
      {...props}
      query={TASK_ASSIGNEE_USER_OPTIONS_QUERY}
      variables={(search) => ({ first: OPTIONS_SHOWN, filter: search ? { search } : {} })}
      optionsOf={(data) => data.colleagues.edges.map((edge) => edge.node)}
      optionLabel={(user) => user.name}
      noOptionsText={t('form.noUser')}
    />
  );
}
