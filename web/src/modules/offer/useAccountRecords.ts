// What an offer or order form offers to choose from for its account: the account's deals and contacts (a
// handful each, read whole), and the company's payment terms (reference data, read once per session).

import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Contact, Deal } from '../../api/types';
import type { PaymentTerm } from '../payment_term/paymentTermFields';

export interface AccountRecords {
  deals: Deal[];
  contacts: Contact[];
}

export function useAccountRecords(accountId: string, withContacts = true): AccountRecords {
  const [records, setRecords] = useState<AccountRecords>({ deals: [], contacts: [] });
  useEffect(() => {
    if (accountId === '') {
      setRecords({ deals: [], contacts: [] });
      return;
    }
    let live = true;
    void Promise.all([
      api.listAll<Deal>('deals', { account_id: accountId, sort: '-created_at' }).catch(() => []),
      withContacts ? api.listAll<Contact>('contacts', { account_id: accountId }).catch(() => []) : Promise.resolve([]),
    ]).then(([deals, contacts]) => live && setRecords({ deals, contacts }));
    return () => {
      live = false;
    };
  }, [accountId, withContacts]);
  return records;
}

let terms: Promise<PaymentTerm[]> | null = null;

export function usePaymentTerms(): PaymentTerm[] {
  const [list, setList] = useState<PaymentTerm[]>([]);
  useEffect(() => {
    let live = true;
    terms ??= api.listAll<PaymentTerm>('payment_terms', { sort: 'code' }).catch(() => {
      terms = null;
      return [];
    });
    void terms.then((found) => live && setList(found));
    return () => {
      live = false;
    };
  }, []);
  return list;
}
