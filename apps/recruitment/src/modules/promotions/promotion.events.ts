import { recruitmentEvents } from '@binome/contracts';
import { eventType } from '@binome/events';

export const PromotionPlanned = eventType('binome.events.v1.PromotionPlanned', recruitmentEvents.PromotionPlanned);
export const PromotionStatusChanged = eventType('binome.events.v1.PromotionStatusChanged', recruitmentEvents.PromotionStatusChanged);
