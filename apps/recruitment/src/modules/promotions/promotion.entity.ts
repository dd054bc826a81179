import { stateMachine } from '@binome/state-machine';

export const PROMOTION_STATUSES = ['planned', 'recruiting', 'running', 'closed'] as const;
export type PromotionStatus = (typeof PROMOTION_STATUSES)[number];

/** planned → recruiting → running → closed; recruiting may fall back to planned (campaign postponed). */
export const promotionLifecycle = stateMachine<PromotionStatus>('promotion', {
  planned: ['recruiting'],
  recruiting: ['running', 'planned'],
  running: ['closed'],
  closed: [],
});

export const DEFAULT_CAPACITY = 25;

/** A cohort of about 25 pairs, six months, in one territory (DOMAIN.md, "The journey" step 3). */
export interface Promotion {
  _id: string;
  territoryId: string;
  name: string;
  /** Dates as YYYY-MM-DD (calendar days in the territory, no time zone games). */
  startsOn: string;
  endsOn: string;
  capacity: number;
  status: PromotionStatus;
  kickoffOn?: string;
  rexEveningOn?: string;
  history: { status: PromotionStatus; at: Date; by: string }[];
  /**
   * Candidates holding a seat. Admission reserves a seat here with a conditional single-document
   * update before the candidate is marked admitted, so two admissions can never both take the last
   * seat; closing an admitted person releases it.
   */
  seats?: string[];
  createdAt: Date;
}
