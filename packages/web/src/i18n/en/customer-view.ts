import type { DeepStrings } from '../messages.ts';
import type { customerView as zh } from '../zh-CN/customer-view.ts';

/** The customer view, in English. */
export const customerView: DeepStrings<typeof zh> = {
  customerView: {
    title: 'Customer view',
    allRecords: "All of this customer's records",
    search: 'Search',
    searchHint:
      "Find one customer's records by phone or ID number; only data in your scope is shown, all of it masked.",
    searchOther: 'Find another customer',
    key: { phone: 'Phone', idNumber: 'ID number' },
    and: ' and ',
    matchedBy: 'Matched by {{keys}}',
    total: '{{n}} records',
    truncated: 'Many records: the latest 100 of each kind are shown',
    none: 'No records of this customer',
    notFound: 'Not found, or not in your data scope',
    unnamed: 'No name given',
    open: 'Open',
    group: {
      call: 'Calls',
      complaint: 'Complaints',
      claimReport: 'Claim reports',
      claimApplication: 'Claim applications',
      case: 'Other cases',
    },
  },
};
