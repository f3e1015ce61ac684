// Choosing the client of a new offer or order by typing: the server searches the accounts the person can
// see (GET /accounts?q=), twenty at a time; the chosen one stays named while the search moves on.

import type { Account } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { RecordPicker } from '../../record/RecordPicker';

type Named = Pick<Account, 'id' | 'name'>;

const BY_NAME = { sort: 'name' };

interface Props {
  value: string;
  /** The chosen account's name when known (e.g. pre-filled from the account page). */
  chosenName: string | undefined;
  error?: string | undefined;
  onChange(account: Named | null): void;
  /** A filter rather than a form field: it may be cleared, and is not required. */
  filter?: boolean;
  label?: string;
}

export function AccountPicker({ value, chosenName, error, onChange, filter = false, label }: Props) {
  const { t } = useI18n();
  return (
    <RecordPicker<Named>
      collection="accounts"
      query={BY_NAME}
      labelOf={(account) => account.name}
      value={value}
      chosen={value !== '' && chosenName !== undefined ? { id: value, name: chosenName } : undefined}
      onChange={onChange}
      select={{
        label: label ?? t('offer.account'),
        required: !filter,
        clearable: filter,
        allowDeselect: filter,
        nothingFoundMessage: t('offer.noAccountFound'),
        placeholder: t('offer.accountPlaceholder'),
        error,
        name: 'account_id',
        miw: filter ? 220 : undefined,
      }}
    />
  );
}
