import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAJOR_GROUP_COMPLAINANTS, majorComplaintReasons } from './major.ts';

const single = { complainantCount: 1, faceToFace: false, disasterRelated: false, regulatorDesignated: false };

describe('major complaints (办法 2020 art. 29)', () => {
  it('a group of exactly 20 face to face is major (以上 includes the number, art. 43); 19 is not', () => {
    expect(MAJOR_GROUP_COMPLAINANTS).toBe(20);
    expect(majorComplaintReasons({ ...single, complainantCount: 20, faceToFace: true })).toEqual([
      'groupFaceToFace',
    ]);
    expect(majorComplaintReasons({ ...single, complainantCount: 19, faceToFace: true })).toEqual([]);
  });

  it('a group of 20 that writes or phones is not a face-to-face group complaint', () => {
    expect(majorComplaintReasons({ ...single, complainantCount: 50, faceToFace: false })).toEqual([]);
  });

  it('a disaster or the regulator makes any complaint major, in the article order', () => {
    expect(majorComplaintReasons({ ...single, disasterRelated: true })).toEqual(['disaster']);
    expect(majorComplaintReasons({ ...single, regulatorDesignated: true })).toEqual(['regulatorDesignated']);
    expect(
      majorComplaintReasons({
        complainantCount: 30,
        faceToFace: true,
        disasterRelated: true,
        regulatorDesignated: true,
      }),
    ).toEqual(['disaster', 'groupFaceToFace', 'regulatorDesignated']);
  });

  it('is major exactly when one of the three cases holds (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 2, max: 100 }),
        (complainantCount, faceToFace, disasterRelated, regulatorDesignated, threshold) => {
          const reasons = majorComplaintReasons(
            { complainantCount, faceToFace, disasterRelated, regulatorDesignated },
            threshold,
          );
          const group = faceToFace && complainantCount >= threshold;
          expect(reasons.length > 0).toBe(disasterRelated || group || regulatorDesignated);
          expect(reasons.includes('groupFaceToFace')).toBe(group);
        },
      ),
    );
  });
});
