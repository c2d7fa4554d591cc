/**
 * 重大消费投诉 (major complaints), 银行业保险业消费投诉处理管理办法 (2020) art. 29 ¶2:
 * "（一）因重大自然灾害、安全事故、公共卫生事件等引发的消费投诉；（二）20名以上投诉人采取面谈方式提出共同消费投诉的群体性投诉；
 * （三）中国银保监会及其派出机构……认定的其他重大消费投诉". Art. 29 ¶1 asks for an emergency plan covering their
 * prevention, reporting and handling, so a major complaint is reported to head office and handled at the top level.
 */
export const MAJOR_COMPLAINT_REASONS = ['disaster', 'groupFaceToFace', 'regulatorDesignated'] as const;
export type MajorComplaintReason = (typeof MAJOR_COMPLAINT_REASONS)[number];

/** Art. 29 ¶2 (二): 20 名以上; art. 43 ¶1: "以上" includes the number, so 20 complainants already count. */
export const MAJOR_GROUP_COMPLAINANTS = 20;
/** Art. 12 ¶2: several complainants face to face "应当推选代表，代表人数不超过5名". */
export const GROUP_REPRESENTATIVES_MAX = 5;

export type MajorComplaintFacts = {
  /** How many complainants bring this one complaint together (1 for a single complainant). */
  complainantCount: number;
  /** Made face to face (面谈): at the counter, a walk-in. */
  faceToFace: boolean;
  /** Caused by a major natural disaster, a safety accident or a public-health event (art. 29 ¶2 (一)). */
  disasterRelated: boolean;
  /** The regulator has designated it a major complaint (art. 29 ¶2 (三)). */
  regulatorDesignated: boolean;
};

/** Why a complaint is major under art. 29, in the article's order; empty when it is not. */
export const majorComplaintReasons = (
  f: MajorComplaintFacts,
  groupThreshold: number = MAJOR_GROUP_COMPLAINANTS,
): MajorComplaintReason[] => {
  const reasons: MajorComplaintReason[] = [];
  if (f.disasterRelated) reasons.push('disaster');
  if (f.faceToFace && f.complainantCount >= groupThreshold) reasons.push('groupFaceToFace');
  if (f.regulatorDesignated) reasons.push('regulatorDesignated');
  return reasons;
};
