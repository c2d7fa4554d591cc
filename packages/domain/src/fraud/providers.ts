/**
 * Repair shops, hospitals and doctors typed at intake (issue #22): one place is typed many ways ("北京 安贞医院",
 * "北京安贞医院", "ＸＸ汽修有限公司", "XX汽修"), so matching is on a normalised key: NFKC (full-width → half-width),
 * no spaces or punctuation, Latin letters upper-case, and the company-form suffixes dropped.
 */

/**
 * Company-form words at the end of a name, longest first (Company Law art. 7: a company's name states 有限责任公司 or
 * 股份有限公司; 有限公司 and 公司 are the short forms people type). Dropped repeatedly, so "…有限公司 公司" is one key.
 */
export const COMPANY_SUFFIXES = ['有限责任公司', '股份有限公司', '有限公司', '公司'] as const;

const PUNCTUATION = /[\s·•.,，。、\-—_()（）[\]【】'"“”‘’]/g;

export const normalizeProviderName = (name: string): string => {
  let s = name.normalize('NFKC').replace(PUNCTUATION, '').toUpperCase();
  for (let dropped = true; dropped; ) {
    dropped = false;
    for (const suffix of COMPANY_SUFFIXES)
      if (s.endsWith(suffix) && s.length > suffix.length) {
        s = s.slice(0, -suffix.length);
        dropped = true;
      }
  }
  return s;
};

/** The kinds of provider a claim can name; the doctor is a person, so the head-office list holds only places. */
export const PROVIDER_DIRECTORY_KINDS = ['repairShop', 'hospital'] as const;
export type ProviderDirectoryKind = (typeof PROVIDER_DIRECTORY_KINDS)[number];
export const PROVIDER_NAME_MAX = 100;
