/**
 * Refusals of the surrender and endorsement desk (issue 15, seed 003 第五条、第六条), kept apart from errors.ts like
 * errors-claims.ts; errors.ts spreads it into ERRORS.
 */
export const POLICY_SERVICE_ERRORS = {
  POLICY_SERVICE_NOT_FOUND: {
    status: 404,
    zh: '找不到该退保/批改申请，或不在您的机构范围内',
    en: 'No such surrender or endorsement request in your branches',
  },
  POLICY_SERVICE_USE_DESK: {
    status: 400,
    zh: '退保和批改请在对应表单中受理（需查询保单并登记原因或批改内容）',
    en: 'Take surrenders and endorsements on their own forms (policy look-up, reason or change)',
  },
  POLICY_SERVICE_DOCUMENTS_INCOMPLETE: {
    status: 409,
    zh: '所需材料尚未收齐，不能移交保险公司',
    en: 'Not every required document is in yet; it cannot be handed to the insurer',
  },
  POLICY_SERVICE_RECIPIENT_REQUIRED: {
    status: 400,
    zh: '请填写保险公司的接收部门或接收人',
    en: 'Enter who at the insurer receives the request',
  },
  POLICY_SERVICE_DOCUMENT_UNKNOWN: {
    status: 400,
    zh: '材料不在本申请的清单上',
    en: 'That document is not on this request’s list',
  },
  SURRENDER_REASON_NOTE_REQUIRED: {
    status: 400,
    zh: '选择“其他原因”时请说明退保原因',
    en: 'Describe the reason when it is “other”',
  },
  SURRENDER_REFUND_REQUIRED: {
    status: 400,
    zh: '请填写保险公司核定的退保金额（元，精确到分）',
    en: 'Enter the refund the insurer set (yuan, to the fen)',
  },
  ENDORSEMENT_CHANGE_INVALID: {
    status: 400,
    zh: '批改内容有误，请检查标出的字段',
    en: 'The change is not valid; check the marked fields',
  },
  ENDORSEMENT_IDENTITY_REQUIRED: {
    status: 422,
    zh: '变更受益人须核实投保人身份：请填写投保人身份证号',
    en: 'A change of beneficiary needs the policyholder’s verified identity: enter their ID number',
  },
  ENDORSEMENT_IDENTITY_MISMATCH: {
    status: 422,
    zh: '身份证号与保单记载的投保人不一致，不能受理受益人变更',
    en: 'The ID number does not match the policyholder on the policy; the beneficiary cannot be changed',
  },
  ENDORSEMENT_HOLDER_ID_UNAVAILABLE: {
    status: 422,
    zh: '保单未记载投保人的身份证号（投保人不是被保险人），无法在此核实身份，请引导客户到保险公司柜面办理',
    en: 'The policy holds no ID number for the policyholder (not the insured), so identity cannot be verified here; send the customer to the insurer’s counter',
  },
  POLICY_SERVICE_DOCUMENTS_HEAD_OFFICE_ONLY: {
    status: 403,
    zh: '材料清单由总公司维护',
    en: 'Only head office edits the document lists',
  },
  POLICY_SERVICE_DOCUMENTS_INVALID: {
    status: 400,
    zh: '材料清单有误，请检查标出的项目',
    en: 'The document lists are not valid; check the marked entries',
  },
  POLICY_SERVICE_DOCUMENTS_VERSION_CONFLICT: {
    status: 409,
    zh: '材料清单已被他人修改，请刷新后再保存',
    en: 'Someone saved the document lists meanwhile; reload and save again',
  },
  CONSULTATION_CATEGORY_ONLY: {
    status: 400,
    zh: '只有咨询可以选择咨询类别',
    en: 'Only a consultation takes a category',
  },
} as const;
