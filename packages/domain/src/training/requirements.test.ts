import { describe, expect, it } from 'vitest';
import { certificateExpiry, expiringSoon, missingTraining, passes } from './requirements.ts';

describe('training requirements (seed 002 §四)', () => {
  it('an exam passes at the pass mark', () => {
    expect(passes(60)).toBe(true);
    expect(passes(59.5)).toBe(false);
  });
  it('a certificate runs the set months, clamped to the month end', () => {
    expect(certificateExpiry('2026-11-22', 24)).toBe('2028-11-22');
    expect(certificateExpiry('2026-01-31', 1)).toBe('2026-02-28');
    expect(certificateExpiry('2026-12-15', 1)).toBe('2027-01-15');
  });
  it('a required topic is missing without a certificate valid on the day', () => {
    const certs = [
      { topic: 'insuranceBasics', issuedOn: '2026-01-01', expiresOn: '2028-01-01' },
      { topic: 'serviceSkills', issuedOn: '2024-01-01', expiresOn: '2026-01-01' },
      { topic: 'systemOperation', issuedOn: '2026-12-01', expiresOn: '2028-12-01' },
    ];
    expect(
      missingTraining(['insuranceBasics', 'serviceSkills', 'systemOperation'], certs, '2026-11-22'),
    ).toEqual(['serviceSkills', 'systemOperation']);
    expect(missingTraining(['insuranceBasics'], certs, '2028-01-01')).toEqual(['insuranceBasics']);
  });
  it('expiring soon is within the window and not yet ended', () => {
    const certs = [
      { topic: 'a', issuedOn: '2025-01-01', expiresOn: '2026-12-10' },
      { topic: 'b', issuedOn: '2025-01-01', expiresOn: '2027-02-10' },
      { topic: 'c', issuedOn: '2025-01-01', expiresOn: '2026-11-20' },
    ];
    expect(expiringSoon(certs, '2026-11-22', 30).map((c) => c.topic)).toEqual(['a']);
  });
});
