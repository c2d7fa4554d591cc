import { DEFAULT_TRAINING_SETTINGS, type TrainingSettings } from '@claimline/domain/training';

/** The centre's training settings (pass mark, certificate months, hotline courses): domain/training defaults. */
export const TRAINING_SETTINGS: TrainingSettings = DEFAULT_TRAINING_SETTINGS;
