import type { ClaimLink } from '@claimline/domain/fraud-graph';
import { randomInt, seededRandom } from './random.ts';

/*
 * A seeded book of claims for the link-analysis bench: innocent claims (families share addresses and now and then a
 * phone, everyone goes to big hospitals and garages), planted rings (a few people filing many claims through
 * shared phones, an address, one payee account and a small garage) and planted single frauds (a claim soon after
 * the policy started, near the limit, reported late). The generator knows the truth; the rules only see links
 * (keys stand for blind indexes) and the per-claim facts a score could compute.
 */

export type ClaimFacts = {
  id: string;
  /** Days from the policy's start to the accident. */
  daysAfterStart: number;
  /** Claimed amount over the policy limit (0–1). */
  amountShare: number;
  /** Days from the accident to the report. */
  reportDelayDays: number;
  truth: 'innocent' | 'ring' | 'single';
};

export type FraudWorld = { claims: ClaimFacts[]; links: ClaimLink[]; rings: number };

export const RING_SHARE = 0.002; // about 0.2 % of claims belong to a planted ring
export const SINGLE_SHARE = 0.005; // about 0.5 % are planted single frauds

export const generateWorld = (size: number, seed: number): FraudWorld => {
  const next = seededRandom(seed);
  const int = (lo: number, hi: number) => randomInt(next, lo, hi);
  const claims: ClaimFacts[] = [];
  const links: ClaimLink[] = [];
  const hospitals = Math.max(1, Math.floor(size / 2_000));
  const garages = Math.max(1, Math.floor(size / 400));
  let person = 0;
  let rings = 0;
  const add = (facts: Omit<ClaimFacts, 'id'>, own: (id: string) => ClaimLink[]) => {
    const id = `c${claims.length}`;
    claims.push({ id, ...facts });
    for (const l of own(id)) links.push(l);
  };
  const innocentFacts = (): Omit<ClaimFacts, 'id'> => ({
    daysAfterStart: next() < 0.06 ? int(0, 29) : int(30, 364),
    amountShare: next() < 0.04 ? 0.9 + next() * 0.1 : next() * 0.9,
    reportDelayDays: next() < 0.05 ? int(15, 60) : int(0, 14),
    truth: 'innocent',
  });
  const business = (id: string): ClaimLink =>
    next() < 0.5
      ? { claimId: id, kind: 'repairShop', key: `g${int(0, garages - 1)}` }
      : { claimId: id, kind: 'hospital', key: `h${int(0, hospitals - 1)}` };

  while (claims.length < size) {
    const roll = next();
    if (roll < RING_SHARE / 7) {
      // A ring: 3–6 people, 4–10 claims, two ring phones, a shared address, one payee account, a small garage.
      rings++;
      const people = Array.from({ length: int(3, 6) }, () => person++);
      const ring = `r${rings}`;
      const n = int(4, 10);
      for (let k = 0; k < n && claims.length < size; k++) {
        const who = people[k % people.length] as number;
        add(
          {
            daysAfterStart: next() < 0.3 ? int(0, 29) : int(30, 364),
            amountShare: next() < 0.3 ? 0.9 + next() * 0.1 : next() * 0.9,
            reportDelayDays: int(0, 14),
            truth: 'ring',
          },
          (id) => [
            { claimId: id, kind: 'person', key: `p${who}` },
            { claimId: id, kind: 'phone', key: next() < 0.7 ? `${ring}-ph${int(0, 1)}` : `ph${who}` },
            ...(next() < 0.5 ? [{ claimId: id, kind: 'address' as const, key: `${ring}-addr` }] : []),
            ...(next() < 0.6 ? [{ claimId: id, kind: 'payee' as const, key: `${ring}-acct` }] : []),
            ...(next() < 0.5
              ? [{ claimId: id, kind: 'repairShop' as const, key: `${ring}-garage` }]
              : [business(id)]),
          ],
        );
      }
    } else if (roll < RING_SHARE / 7 + SINGLE_SHARE) {
      const who = person++;
      add(
        {
          daysAfterStart: next() < 0.7 ? int(0, 29) : int(30, 364),
          amountShare: next() < 0.7 ? 0.9 + next() * 0.1 : next() * 0.9,
          reportDelayDays: next() < 0.6 ? int(15, 60) : int(0, 14),
          truth: 'single',
        },
        (id) => [
          { claimId: id, kind: 'person', key: `p${who}` },
          { claimId: id, kind: 'phone', key: `ph${who}` },
          { claimId: id, kind: 'payee', key: `acct${who}` },
          business(id),
        ],
      );
    } else {
      // A household of 1–4 people; each files a claim now and then, sometimes on a relative's phone.
      const household = Array.from({ length: int(1, 4) }, () => person++);
      const filers = household.filter(() => next() < 0.45);
      const home = `addr${household[0]}`;
      for (const who of filers.length ? filers : [household[0] as number]) {
        const repeat = next() < 0.04 ? 2 : 1; // an honest second claim in the year
        for (let r = 0; r < repeat && claims.length < size; r++) {
          const phoneOf = next() < 0.08 ? (household[int(0, household.length - 1)] as number) : who;
          add(innocentFacts(), (id) => [
            { claimId: id, kind: 'person', key: `p${who}` },
            { claimId: id, kind: 'phone', key: `ph${phoneOf}` },
            ...(next() < 0.7 ? [{ claimId: id, kind: 'address' as const, key: home }] : []),
            { claimId: id, kind: 'payee', key: `acct${who}` },
            ...(next() < 0.3 ? [{ claimId: id, kind: 'plate' as const, key: `pl${who}` }] : []),
            business(id),
          ]);
        }
      }
    }
  }
  return { claims, links, rings };
};

/** The per-claim signal set a score can compute from one claim's facts: two of three classic red flags. */
export const SIGNAL_SOON_DAYS = 30; // tuning: claim within 30 days of the policy's start
export const SIGNAL_NEAR_LIMIT = 0.9; // tuning: amount at 90 % of the limit or more
export const SIGNAL_LATE_DAYS = 15; // tuning: reported 15 days or more after the accident
export const perClaimSignals = (c: ClaimFacts) =>
  Number(c.daysAfterStart < SIGNAL_SOON_DAYS) +
    Number(c.amountShare >= SIGNAL_NEAR_LIMIT) +
    Number(c.reportDelayDays >= SIGNAL_LATE_DAYS) >=
  2;
