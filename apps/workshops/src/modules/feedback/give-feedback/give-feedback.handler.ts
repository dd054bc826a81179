import { randomUUID } from 'node:crypto';
import type { Principal } from '@binome/auth';
import { EVENTS } from '@binome/events';
import { conflict, forbidden } from '@binome/errors';
import { sessionAccess } from '../../sessions/session-access';
import { sessionEvent } from '../../sessions/session.events';
import type { Feedback } from '../feedback.entity';
import type { FeedbackDeps } from '../feedback.deps';
import type { GiveFeedbackBody } from './give-feedback.request';

/**
 * A person who attended rates the session, once. The registration is marked as rated first
 * (compare-and-set: a second rating is 409), then the feedback is stored with its event; an
 * anonymous one keeps no person id, in the record or in the event.
 */
export async function giveFeedback(d: FeedbackDeps, principal: Principal, sessionId: string, body: GiveFeedbackBody) {
  const access = await sessionAccess(d, principal, sessionId);
  const { session: s, role } = access;
  if (role !== 'person') throw forbidden('The people who attended rate a session');
  const r = s.registrations.find(
    (x) => access.ownPersonIds.includes(x.personId) && (x.attendance === 'present' || x.attendance === 'late'),
  );
  if (!r) throw conflict('Only people who attended rate a session (field: sessionId)');
  if (r.feedbackGiven) throw conflict('You already rated this session (field: sessionId)');
  const registrations = s.registrations.map((x) => (x.id === r.id ? { ...x, feedbackGiven: true } : x));
  if (!(await d.sessions.save(s, { registrations }))) throw conflict('The session changed meanwhile: try again');
  const f: Feedback = {
    _id: randomUUID(),
    territoryId: s.territoryId,
    sessionId: s._id,
    workshopId: s.workshopId,
    usefulness: body.usefulness,
    ...(body.comment ? { comment: body.comment } : {}),
    anonymous: body.anonymous,
    ...(body.anonymous ? {} : { personId: r.personId }),
    givenOn: d.now().toISOString().slice(0, 10),
  };
  const event = sessionEvent(EVENTS.WorkshopFeedbackGiven, s, {
    feedbackId: f._id,
    sessionId: s._id,
    workshopId: s.workshopId,
    territoryId: s.territoryId,
    usefulness: f.usefulness,
    anonymous: f.anonymous,
    personId: f.personId ?? '',
  });
  await d.feedback.insert(f, [event]);
  return { id: f._id, sessionId: f.sessionId, workshopId: f.workshopId, usefulness: f.usefulness, anonymous: f.anonymous };
}
