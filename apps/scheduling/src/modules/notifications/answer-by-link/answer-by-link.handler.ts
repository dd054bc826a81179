import { AppError, notFound } from '@binome/errors';
import { territory } from '@binome/persistence';
import { answerMeeting } from '../../meetings/record-attendance/record-attendance.handler';
import { answerInvitation } from '../../promotion-calendar/answer-invitation/answer-invitation.handler';
import type { PromotionCalendarDeps } from '../../promotion-calendar/promotion-calendar.deps';
import type { AnswerLinkRepository } from '../answer-link.repository';

export type LinkAnswer = { recorded: true; purpose: 'attendance' | 'rsvp'; answer: boolean } | { recorded: false; reason: string };

/**
 * The one tap in an email: the link says which meeting or event, which side and which answer. It
 * records that side's answer as the app would (both sides still have to agree for a meeting). A
 * closed meeting (answered already) or a started event says so instead of failing; an unknown or expired link is 404.
 */
export async function answerByLink(d: PromotionCalendarDeps & { answerLinks: AnswerLinkRepository }, token: string): Promise<LinkAnswer> {
  const link = await d.answerLinks.byToken(token, d.now());
  if (!link) throw notFound('Link');
  const scope = territory(link.territoryId);
  try {
    if (link.purpose === 'attendance') {
      const meeting = link.meetingId ? await d.meetings.findById(scope, link.meetingId) : null;
      const pair = meeting ? await d.pairs.findById(scope, meeting.pairId) : null;
      if (!meeting || !pair || (link.side !== 'beneficiary' && link.side !== 'volunteer')) throw notFound('Link');
      await answerMeeting(d, meeting, pair, link.side, link.answer, `email-link:${link.side}`);
    } else {
      const event = link.eventId ? await d.calendarEvents.findById(scope, link.eventId) : null;
      if (!event) throw notFound('Link');
      await answerInvitation(d, event, { kind: link.side, id: link.personId }, link.answer);
    }
  } catch (e) {
    if (e instanceof AppError && (e.code === 'conflict' || e.code === 'illegal_transition')) return { recorded: false, reason: e.message };
    throw e;
  }
  return { recorded: true, purpose: link.purpose, answer: link.answer };
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A tiny page for the phone that opened the link, in both languages (the link does not say which). */
export function answerPage(a: LinkAnswer): string {
  const body = !a.recorded
    ? `<p>Votre réponse n'a pas pu être enregistrée : ${escape(a.reason)}</p><p lang="en">Your answer could not be recorded.</p>`
    : a.purpose === 'attendance'
      ? `<p>Merci, votre réponse est enregistrée : ${a.answer ? 'la rencontre a eu lieu' : "la rencontre n'a pas eu lieu"}.</p><p lang="en">Thank you, your answer is recorded.</p>`
      : `<p>Merci, votre réponse est enregistrée : ${a.answer ? 'vous venez' : 'vous ne venez pas'}.</p><p lang="en">Thank you, your answer is recorded.</p>`;
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Binôme</title></head><body><main><h1>Binôme</h1>${body}</main></body></html>`;
}
