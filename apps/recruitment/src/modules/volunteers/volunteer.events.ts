import { recruitmentEvents } from '@binome/contracts';
import { eventType } from '@binome/events';

export const VolunteerEnrolled = eventType('binome.events.v1.VolunteerEnrolled', recruitmentEvents.VolunteerEnrolled);
export const VolunteerTrained = eventType('binome.events.v1.VolunteerTrained', recruitmentEvents.VolunteerTrained);
export const VolunteerWithdrawn = eventType('binome.events.v1.VolunteerWithdrawn', recruitmentEvents.VolunteerWithdrawn);
