import type { InjuryDegree, PerilCode, ReporterRelation } from '@claimline/domain/claims';

/** What a reporter tells the agent about one kind of loss (seed 003 §(二) 接报案询问案情), in both cities. */
export type Scenario = {
  product: 'MOTOR' | 'HOME' | 'ACCIDENT' | 'MEDICAL' | 'LIFE';
  cause: PerilCode;
  injuryDegree: InjuryDegree;
  deaths?: number;
  injured?: number;
  course: string;
  measures: string;
  currentState: string;
  place: { BJ: string; SH: string };
  hospital?: { BJ: string; SH: string };
  relation: ReporterRelation;
};

/**
 * Ordinary reports: none has a death, a fire or a theft, so none is major or needs the scene kept; the special
 * cases (major, scene, refused) are built on purpose in demo-claim-reports.ts.
 */
export const ORDINARY_SCENARIOS: readonly Scenario[] = [
  {
    product: 'MOTOR',
    cause: 'collision',
    injuryDegree: 'none',
    course: '等红灯时被后车追尾，后保险杠及尾灯受损。',
    measures: '已报交警，双方拍照留证',
    currentState: '车辆可以正常行驶',
    place: { BJ: '北京市朝阳区东三环中路与光华路交叉口', SH: '上海市浦东新区世纪大道与张杨路交叉口' },
    relation: 'self',
  },
  {
    product: 'MOTOR',
    cause: 'collision',
    injuryDegree: 'minor',
    injured: 1,
    course: '倒车时与路边护栏发生碰撞，驾驶人额头轻微擦伤。',
    measures: '已在附近医院包扎',
    currentState: '驾驶人已回家休息，车辆左后门凹陷',
    place: { BJ: '北京市海淀区中关村大街27号附近', SH: '上海市徐汇区漕溪北路88号附近' },
    hospital: { BJ: '北京大学第三医院', SH: '上海市第六人民医院' },
    relation: 'self',
  },
  {
    product: 'MOTOR',
    cause: 'glass',
    injuryDegree: 'none',
    course: '车辆停放在小区内，前挡风玻璃被高空坠物砸裂。',
    measures: '已通知物业调取监控',
    currentState: '车辆停放原地，未移动',
    place: { BJ: '北京市丰台区方庄芳古园一区', SH: '上海市闵行区莘庄镇莘松路小区' },
    relation: 'self',
  },
  {
    product: 'MOTOR',
    cause: 'flood',
    injuryDegree: 'none',
    course: '暴雨中车辆在低洼路段涉水后熄火。',
    measures: '未再次启动，已叫拖车',
    currentState: '车辆已拖至维修厂',
    place: { BJ: '北京市西城区莲花池东路下穿桥', SH: '上海市静安区共和新路下立交' },
    relation: 'spouse',
  },
  {
    product: 'HOME',
    cause: 'flood',
    injuryDegree: 'none',
    course: '楼上住户水管爆裂，客厅吊顶和木地板被水浸泡。',
    measures: '已关闭总阀，联系物业',
    currentState: '室内积水已清理，地板起拱',
    place: { BJ: '北京市朝阳区望京西园三区', SH: '上海市杨浦区控江路小区' },
    relation: 'self',
  },
  {
    product: 'HOME',
    cause: 'typhoon',
    injuryDegree: 'none',
    course: '台风期间阳台窗户被吹落，室内家电进水。',
    measures: '已用木板临时封堵窗口',
    currentState: '电视、冰箱无法开机',
    place: { BJ: '北京市通州区梨园镇云景里', SH: '上海市浦东新区三林镇三林路小区' },
    relation: 'spouse',
  },
  {
    product: 'ACCIDENT',
    cause: 'accidentalInjury',
    injuryDegree: 'serious',
    injured: 1,
    course: '下楼时踩空摔倒，右脚踝骨折。',
    measures: '已送医，打石膏固定',
    currentState: '住院观察',
    place: { BJ: '北京市东城区和平里北街', SH: '上海市黄浦区南京东路步行街' },
    hospital: { BJ: '北京积水潭医院', SH: '上海交通大学医学院附属瑞金医院' },
    relation: 'child',
  },
  {
    product: 'MEDICAL',
    cause: 'hospitalization',
    injuryDegree: 'none',
    course: '因急性阑尾炎住院手术治疗。',
    measures: '已办理住院',
    currentState: '术后恢复中',
    place: { BJ: '北京市西城区', SH: '上海市长宁区' },
    hospital: { BJ: '首都医科大学附属北京友谊医院', SH: '复旦大学附属华山医院' },
    relation: 'self',
  },
  {
    product: 'MEDICAL',
    cause: 'illness',
    injuryDegree: 'none',
    course: '确诊肺炎，需住院治疗约一周。',
    measures: '已办理住院',
    currentState: '病情稳定',
    place: { BJ: '北京市朝阳区', SH: '上海市浦东新区' },
    hospital: { BJ: '中日友好医院', SH: '上海市东方医院' },
    relation: 'spouse',
  },
  {
    product: 'LIFE',
    cause: 'disability',
    injuryDegree: 'serious',
    injured: 1,
    course: '工作中被机器压伤左手，医生告知可能构成伤残。',
    measures: '已手术治疗',
    currentState: '住院治疗，待伤残鉴定',
    place: { BJ: '北京市大兴区亦庄经济开发区', SH: '上海市嘉定区安亭镇工业园' },
    hospital: { BJ: '北京大学人民医院', SH: '上海市第一人民医院' },
    relation: 'colleague',
  },
];

/** Two deaths in one accident: a major case (seed 003 重大案件 1)), reported promptly so the scene is kept too. */
export const MAJOR_SCENARIOS: readonly Scenario[] = [
  {
    product: 'MOTOR',
    cause: 'rollover',
    injuryDegree: 'death',
    deaths: 2,
    course: '车辆在高速公路上失控侧翻，车上两人当场死亡。',
    measures: '已报警，交警和120已到场',
    currentState: '现场由交警封闭处理',
    place: { BJ: '京承高速进京方向45公里处', SH: '沪昆高速松江段往上海方向' },
    relation: 'relative',
  },
  {
    product: 'ACCIDENT',
    cause: 'accidentalDeath',
    injuryDegree: 'death',
    deaths: 2,
    course: '被保险人驾车与货车相撞，被保险人及同乘一人经抢救无效死亡。',
    measures: '已报警，遗体已送殡仪馆',
    currentState: '交警正在认定事故责任',
    place: { BJ: '北京市昌平区京藏高速辅路', SH: '上海市宝山区蕴川路与长江西路交叉口' },
    hospital: { BJ: '北京清华长庚医院', SH: '上海市第十人民医院' },
    relation: 'spouse',
  },
];

/** A fire reported within the hour: no death, but a fire scene is evidence (seed 003 §(二) 现场保全). */
export const SCENE_SCENARIO: Scenario = {
  product: 'HOME',
  cause: 'fire',
  injuryDegree: 'none',
  course: '厨房油锅起火蔓延至客厅，消防已扑灭，无人员伤亡。',
  measures: '消防已到场灭火，已拍照',
  currentState: '客厅家具和电器烧毁，现场未清理',
  place: { BJ: '北京市朝阳区劲松九区', SH: '上海市普陀区曹杨新村' },
  relation: 'self',
};

export const REPORTER_NAMES = [
  '张丽',
  '王强',
  '刘洋',
  '陈静',
  '杨帆',
  '赵磊',
  '黄敏',
  '周杰',
  '吴霞',
  '孙伟',
];
export const STREETS = {
  BJ: ['北京市朝阳区建国路', '北京市海淀区学院路', '北京市东城区东直门内大街', '北京市丰台区南三环西路'],
  SH: ['上海市浦东新区张杨路', '上海市徐汇区衡山路', '上海市静安区南京西路', '上海市杨浦区国定路'],
};

/** The note a claims handler closes a report with: passes the forbidden-phrase guard like any note. */
export const RESOLVE_NOTES = [
  '查勘定损已完成，已告知客户索赔所需材料及提交方式。',
  '已转理赔人员跟进，客户已知悉后续流程。',
  '客户已提交索赔申请材料，报案环节办结。',
];
