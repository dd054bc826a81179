import { EVENTS } from '@binome/events';

export const { PromotionPlanned, PromotionStatusChanged } = EVENTS;
