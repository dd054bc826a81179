import { ACHIEVEMENTS } from '../achievement.catalogue';

/** The badge catalogue with each award rule, as data. */
export const listAchievements = () => ({ items: ACHIEVEMENTS.map((a) => ({ ...a })), total: ACHIEVEMENTS.length });
