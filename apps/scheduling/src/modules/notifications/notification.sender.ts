import type { DeliveryOutcome } from '@binome/outbox';
import { territory } from '@binome/persistence';
import { icsInvitation, meetingEntry, placeLabel, type CalendarEntry } from '../calendar/ics-feed';
import { endOf, type Meeting } from '../meetings/meeting.entity';
import { EVENT_TITLES, eventEndOf, type CalendarEvent } from '../promotion-calendar/calendar-event.entity';
import type { Contact, Language } from './contact.entity';
import { formatWhen, languageOf, renderMail, WAVE_TITLES, type MailVars } from './mail-templates';
import type { Mailer, OutgoingMail } from './mailer';
import type { Notification } from './notification.entity';
import type { NotificationsDeps } from './notifications.deps';

const cancelled = (reason: string): DeliveryOutcome => ({ outcome: 'cancelled', reason });
const WEEK_MS = 7 * 86_400_000;

/**
 * Emails are planned before the write they are about (intent first), so the sender may see them
 * before that write lands: within this grace the missing meeting or change is waited for (a retry),
 * after it the write is taken as failed and the email dropped.
 */
const GRACE_MS = 120_000;
const notYet = (n: Notification, now: Date, reason: string): DeliveryOutcome =>
  now.getTime() - n.createdAt.getTime() < GRACE_MS ? { outcome: 'retry', error: `${reason} (not written yet)` } : cancelled(reason);

/** The public path of a one-tap link, at the gateway (public pass-through to scheduling). */
export const ANSWER_PATH = '/api/scheduling/v1/answers/';
/** The public path of a survey's personal link, at the gateway (public pass-through to impact). */
export const SURVEY_LINK_PATH = '/api/impact/v1/survey-links/';

function organizerOf(from: string): { name: string; email: string } {
  const m = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from);
  return m ? { name: m[1] || 'Binôme', email: m[2] } : { name: 'Binôme', email: from.trim() };
}

/**
 * Renders one email from the state of things now and sends it. Nothing to send any more (the
 * meeting is no longer planned, already answered, the person gave no contact, the alert cleared)
 * cancels it; an SMTP failure is thrown, and the dispatcher retries it with back-off.
 */
export function notificationSender(d: NotificationsDeps, mailer: Pick<Mailer, 'send'>) {
  const links = async (
    n: Notification,
    purpose: 'attendance' | 'rsvp',
    side: Contact['personKind'],
    about: { meetingId?: string; eventId?: string },
  ) => {
    const now = d.now();
    const issue = (answer: boolean) =>
      d.answerLinks.issue({ territoryId: n.territoryId, purpose, ...about, side, personId: n.recipient.id, answer }, now);
    const [yes, no] = await Promise.all([issue(true), issue(false)]);
    return { yes: `${d.mail.publicBaseUrl}${ANSWER_PATH}${yes}`, no: `${d.mail.publicBaseUrl}${ANSWER_PATH}${no}` };
  };
  const mailOf = (
    n: Notification,
    contact: Contact,
    language: Language,
    vars: Omit<MailVars, 'signature'>,
    entry?: CalendarEntry,
  ): OutgoingMail => {
    const rendered = renderMail(n.territoryId, language, n.kind, vars);
    return {
      id: n._id,
      to: contact.email,
      ...rendered,
      ...(entry ? { invitation: icsInvitation(entry, organizerOf(d.mail.from), contact.email) } : {}),
    };
  };

  async function meetingMail(n: Notification, contact: Contact, language: Language): Promise<OutgoingMail | DeliveryOutcome> {
    const meeting = n.meetingId ? await d.meetings.findById(territory(n.territoryId), n.meetingId) : null;
    if (!meeting) return notYet(n, d.now(), 'no such meeting');
    if (meeting.status !== 'planned') return cancelled('the meeting is no longer planned');
    const side = n.recipient.kind;
    if (side !== 'beneficiary' && side !== 'volunteer') return cancelled('not a participant');
    const partner = await d.contacts.of(
      n.territoryId,
      side === 'beneficiary' ? 'volunteer' : 'beneficiary',
      side === 'beneficiary' ? meeting.volunteerId : meeting.beneficiaryId,
    );
    const vars = {
      firstName: contact.firstName,
      ...(partner ? { partnerFirstName: partner.firstName } : {}),
      when: formatWhen(meeting.startsAt, language),
      place: placeLabel(meeting.place),
    };
    if (n.kind === 'meeting-reminder') {
      const guide = await guideOf(meeting, side, language);
      return mailOf(n, contact, language, { ...vars, ...(guide ? { guide } : {}) }, meetingEntry(meeting, d.now(), partner?.firstName));
    }
    if (meeting.attendance?.[side] || meeting.attendance?.programme) return cancelled('already answered');
    if (endOf(meeting) > d.now()) return cancelled('not over yet');
    return mailOf(n, contact, language, { ...vars, links: await links(n, 'attendance', side, { meetingId: meeting._id }) });
  }

  /**
   * "What to bring": resources' guide for the pair's stage (week of the six months, meetings held)
   * and needs (the topics of its meetings so far and of this one; resources adds the beneficiary's
   * intake needs, T0 gaps and workshops itself), the line for the recipient's side. Only the
   * guide's own text and resource titles go into the email; nothing is sent to resources but the
   * territory, the stage, topic codes and the beneficiary's and promotion's ids.
   */
  async function guideOf(meeting: Meeting, side: 'beneficiary' | 'volunteer', language: Language) {
    if (!d.guides) return undefined;
    const scope = territory(meeting.territoryId);
    const [pair, meetings] = await Promise.all([d.pairs.findById(scope, meeting.pairId), d.meetings.ofPair(scope, meeting.pairId)]);
    const held = meetings.filter((m) => m.status === 'held');
    const startedOn = pair?.startedOn ?? meeting.startsAt;
    const week = Math.min(26, Math.max(1, Math.floor((meeting.startsAt.getTime() - startedOn.getTime()) / WEEK_MS) + 1));
    const needs = [...new Set([...held.flatMap((m) => m.topics ?? []), ...(meeting.topics ?? [])])];
    const agenda = await d.guides.guideFor({
      territoryId: meeting.territoryId,
      week,
      meetingsHeld: held.length,
      needs,
      language,
      beneficiaryId: meeting.beneficiaryId,
      promotionId: pair?.promotionId ?? '',
    });
    return agenda?.map((a) => ({
      text: side === 'beneficiary' ? a.beneficiaryText : a.volunteerText,
      resources: a.resources.map((r) => r.title),
    }));
  }

  async function workshopMail(n: Notification, contact: Contact, language: Language): Promise<OutgoingMail | DeliveryOutcome> {
    const seat = n.registrationId ? await d.seats.of(n.territoryId, n.registrationId) : null;
    if (!seat) return notYet(n, d.now(), 'no such seat');
    if (seat.status !== 'seated') return cancelled('the registration was cancelled');
    if (seat.startsAt <= d.now()) return cancelled('the session has started');
    return mailOf(n, contact, language, {
      firstName: contact.firstName,
      title: seat.workshopTitle,
      when: formatWhen(seat.startsAt, language),
      place: '',
    });
  }

  async function eventMail(n: Notification, contact: Contact, language: Language): Promise<OutgoingMail | DeliveryOutcome> {
    const event: CalendarEvent | null = n.eventId ? await d.calendarEvents.findById(territory(n.territoryId), n.eventId) : null;
    if (!event) return notYet(n, d.now(), 'no such event');
    // A cancellation's email is planned before the cancellation is written: wait for it.
    const seq = /:seq(\d+)$/.exec(n._id);
    if (seq && event.sequence < Number(seq[1])) return notYet(n, d.now(), 'the change it announces');
    const invitee = event.invitees.find((i) => i.kind === n.recipient.kind && i.id === n.recipient.id);
    if (!invitee) return cancelled('no longer invited');
    if (event.status === 'cancelled' && n.kind === 'event-reminder') return cancelled('the event is cancelled');
    if (n.kind === 'event-reminder' && invitee.rsvp?.coming === false) return cancelled('not coming');
    const title = EVENT_TITLES[event.kind][language];
    const entry: CalendarEntry = {
      uid: event.uid,
      sequence: event.sequence,
      stamp: event.updatedAt,
      start: event.startsAt,
      end: eventEndOf(event),
      summary: `Binôme — ${title}`,
      location: event.venue,
      cancelled: event.status === 'cancelled',
    };
    const vars = { firstName: contact.firstName, title, when: formatWhen(event.startsAt, language), place: event.venue };
    if (n.kind === 'event-reminder') return mailOf(n, contact, language, vars, entry);
    if (event.status === 'cancelled') {
      // One cancellation email per invitee: the one planned with the cancellation's sequence.
      if (!n._id.endsWith(`:seq${event.sequence}`)) return cancelled('superseded by the cancellation');
      return mailOf(n, contact, language, { ...vars, cancelled: true }, entry);
    }
    return mailOf(n, contact, language, { ...vars, links: await links(n, 'rsvp', n.recipient.kind, { eventId: event._id }) }, entry);
  }

  async function alertMail(n: Notification, contact: Contact, language: Language): Promise<OutgoingMail | DeliveryOutcome> {
    const pair = n.pairId ? await d.pairs.findById(territory(n.territoryId), n.pairId) : null;
    if (!pair || pair.health.status === 'on-track') return cancelled('the alert cleared');
    if (pair.konnecteurId !== n.recipient.id) return cancelled('another Konnecteur follows the pair now');
    return mailOf(n, contact, language, {
      firstName: contact.firstName,
      pairId: pair._id,
      when: formatWhen(pair.health.computedAt, language),
      place: '',
      reasons: pair.health.reasons.map((r) => r.text),
    });
  }

  async function surveyMail(n: Notification, contact: Contact, language: Language): Promise<OutgoingMail | DeliveryOutcome> {
    if (!n.surveyId) return cancelled('no survey');
    if (!d.impact) return { outcome: 'retry', error: 'impact is not configured (PEERS impact=…)' };
    // Asked at send time: impact says whether the survey is still due and issues the link then.
    const link = await d.impact.surveyLink(n.territoryId, n.surveyId, language);
    if ('gone' in link) return cancelled(`the survey is no longer due (${link.gone})`);
    return mailOf(n, contact, language, {
      firstName: contact.firstName,
      when: link.dueOn,
      place: '',
      title: WAVE_TITLES[link.wave]?.[language] ?? link.wave,
      surveyLink: `${d.mail.publicBaseUrl}${SURVEY_LINK_PATH}${link.token}`,
    });
  }

  return async (n: Notification): Promise<DeliveryOutcome> => {
    const contact = await d.contacts.of(n.territoryId, n.recipient.kind, n.recipient.id);
    if (!contact) return cancelled('no contact: the person did not subscribe to emails');
    const language = languageOf(contact.language, d.policies[n.territoryId]?.language);
    const mail =
      n.kind === 'alert'
        ? await alertMail(n, contact, language)
        : n.kind === 'workshop-promotion'
          ? await workshopMail(n, contact, language)
          : n.kind === 'survey-reminder'
            ? await surveyMail(n, contact, language)
            : n.kind === 'event-invitation' || n.kind === 'event-reminder'
              ? await eventMail(n, contact, language)
              : await meetingMail(n, contact, language);
    if ('outcome' in mail) return mail;
    await mailer.send(mail);
    return { outcome: 'sent' };
  };
}
