/** Same limits as the server's schema; the server stays the judge, these only spare a round trip. */
export const SUBJECT_MAX = 200;
export const DESCRIPTION_MAX = 4000;
export const CUSTOMER_NAME_MAX = 50;

/** Mainland mobile (11 digits starting with 1) or landline with area code (010-12345678, 0755 1234567). */
export const MOBILE = /^1\d{10}$/;
export const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

export const isCustomerPhone = (value: string): boolean => MOBILE.test(value) || LANDLINE.test(value);
