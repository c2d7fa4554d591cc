/**
 * Scene preservation (seed 003 §(二) 现场保全): "对于应保留现场的案件，如及时报案的意外死亡案件，应通知报案人员
 * 采取相应的保护措施，并通知承保公司现场查勘". The seed gives accidental death reported promptly as the example;
 * which causes need the scene and what "promptly" means are settings.
 */
export type SceneSettings = {
  /** Setting: "及时报案" — reported within this many hours of the accident. */
  promptReportHours: number;
  /** Causes whose scene is kept even without a death (a fire or a theft scene is evidence). */
  causesNeedingScene: readonly string[];
};

export const DEFAULT_SCENE_SETTINGS: SceneSettings = {
  promptReportHours: 24,
  causesNeedingScene: ['fire', 'theft'],
};

export type SceneFacts = {
  occurredAt: Date;
  reportedAt: Date;
  cause: string;
  deaths: number;
  injuryDegree: string;
};

export const scenePreservationRequired = (
  f: SceneFacts,
  s: SceneSettings = DEFAULT_SCENE_SETTINGS,
): boolean => {
  const elapsed = f.reportedAt.getTime() - f.occurredAt.getTime();
  const prompt = elapsed >= 0 && elapsed <= s.promptReportHours * 3_600_000;
  if (!prompt) return false;
  const death = f.deaths > 0 || f.injuryDegree === 'death';
  return death || s.causesNeedingScene.includes(f.cause);
};
