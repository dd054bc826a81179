import { EVENTS } from '@binome/events';

export const { VolunteerEnrolled, VolunteerTrained, VolunteerWithdrawn, VolunteerErased } = EVENTS;
