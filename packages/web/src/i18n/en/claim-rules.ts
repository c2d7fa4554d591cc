import type { DeepStrings } from '../messages.ts';
import type { claimRules as zh } from '../zh-CN/claim-rules.ts';

/** The claim rules editor (报案规则). */
export const claimRules: DeepStrings<typeof zh> = {
  claimRules: {
    title: 'Claim rules',
    intro:
      'Major-case thresholds, the same-loss window, scene preservation and the claim time limits. A save applies from the next report (read at registration and when major-case facts change); reports already registered keep their result.',
    versionDefault: 'Shipped defaults (version 0)',
    version: 'Version {{version}}',
    savedBy: 'Saved by {{by}} at {{at}}: {{note}}',
    readOnly: 'The claim rules apply to every branch; only head office may change them.',
    sections: {
      majorCase: 'Major cases (seed 003)',
      sameLoss: 'Same loss',
      scene: 'Scene preservation',
      claimTimeLimitYears: 'Claim time limits (Insurance Law art. 26)',
    },
    fields: {
      majorCase: {
        minDeaths: 'Deaths in one accident, at least',
        payoutOverFen: 'Estimated payout over',
        sumInsuredOverFen: 'Sum insured over (with the outcome still uncertain)',
      },
      sameLoss: { windowHours: 'Accidents on one policy this close in time are one loss' },
      scene: {
        promptReportHours: 'Reported within this many hours of the accident counts as prompt',
        causesNeedingScene: 'Causes whose scene is kept even without a death',
      },
      claimTimeLimitYears: { nonLife: 'Insurance other than life', life: 'Life insurance' },
    },
    units: { persons: 'persons', fen: 'CNY', hours: 'hours', years: 'years', perils: 'causes' },
    defaultValue: 'Default: {{value}}',
    source: 'Source: {{source}}',
    changed: 'Changed',
    overHint: 'Strictly over: exactly {{limit}} CNY does not count, {{next}} CNY does',
    atLeastHint: 'At least: {{value}} or more',
    yuanInvalid: 'Enter an amount in CNY, e.g. 500000 or 500,000.00',
    yuanDecimals: 'At most two decimals (fen)',
    required: 'Required',
    between: 'Must be between {{min}} and {{max}}',
    minReason: 'At least {{min}}: {{reason}}',
    reportDeadline:
      'Report to head office within {{amount}} hours, timed by the deadline rule {{rule}} (kept with the deadline rules; read-only here). Source: {{source}}',
    note: 'Reason for the change',
    noteHint: 'Required; kept with the version and in the audit log',
    save: 'Save as a new version',
    saved: 'Saved as version {{version}}; applies from the next report',
    changes: '{{count}} changed',
    noChanges: 'Nothing changed yet',
    conflict: 'Someone saved newer rules; reload and edit the latest version.',
    reload: 'Reload',
  },
};
