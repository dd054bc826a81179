import { pendingItem } from '@binome/outbox';
import type { Notification } from './notification.entity';
import { notificationSender } from './notification.sender';
import type { NotificationsDeps } from './notifications.deps';

const now = new Date('2027-03-01T08:00:00Z');
const notification = (o: Partial<Notification>): Notification => ({
  _id: 'meeting-reminder:m1:volunteer:v1',
  territoryId: 'rennes',
  kind: 'meeting-reminder',
  recipient: { kind: 'volunteer', id: 'v1' },
  meetingId: 'm1',
  ...pendingItem(now),
  createdAt: now,
  ...o,
});

/** The sender with nothing written yet but the recipient's contact: what it sees in the race with the write. */
function senderSeeing(event?: { sequence: number }) {
  const sent: string[] = [];
  const d = {
    contacts: { of: async () => ({ email: 'claire@example.test', firstName: 'Claire', language: 'fr', personKind: 'volunteer' }) },
    meetings: { findById: async () => null },
    calendarEvents: {
      findById: async () =>
        event
          ? {
              ...event,
              _id: 'e1',
              status: 'scheduled',
              kind: 'closing',
              invitees: [{ kind: 'volunteer', id: 'v1' }],
              startsAt: now,
              durationMinutes: 60,
              venue: 'x',
              uid: 'u',
              updatedAt: now,
            }
          : null,
    },
    policies: {},
    mail: { from: 'Binôme <r@b.test>', publicBaseUrl: 'http://x' },
    now: () => clock,
  } as unknown as NotificationsDeps;
  let clock = now;
  const send = notificationSender(d, { send: async (m) => void sent.push(m.subject) });
  return { send, sent, at: (t: Date) => (clock = t) };
}

describe('the sender and the write its email is about (planned first)', () => {
  it('When the meeting is not written yet, then the email waits (retry) within the grace, and is dropped after it', async () => {
    const s = senderSeeing();
    expect(await s.send(notification({}))).toEqual({ outcome: 'retry', error: 'no such meeting (not written yet)' });
    s.at(new Date(now.getTime() + 10 * 60_000));
    expect(await s.send(notification({}))).toEqual({ outcome: 'cancelled', reason: 'no such meeting' });
    expect(s.sent).toEqual([]);
  });

  it('When a cancellation’s email is seen before the cancellation is written, then it waits rather than sending an invitation', async () => {
    const s = senderSeeing({ sequence: 0 });
    const cancellation = notification({ _id: 'event-invitation:e1:volunteer:v1:seq1', kind: 'event-invitation', eventId: 'e1' });
    expect(await s.send(cancellation)).toMatchObject({ outcome: 'retry' });
    expect(s.sent).toEqual([]);
  });
});

describe('a survey reminder, rendered from what impact says when it is sent', () => {
  const reminder = notification({
    _id: 'survey-reminder:p1:beneficiary:T3:beneficiary:b1',
    kind: 'survey-reminder',
    recipient: { kind: 'beneficiary', id: 'b1' },
    meetingId: undefined,
    surveyId: 'p1:beneficiary:T3',
  });
  const senderWith = (link: { token: string; wave: string; dueOn: string } | { gone: string }) => {
    const sent: { subject: string; text: string }[] = [];
    const asked: string[] = [];
    const d = {
      contacts: { of: async () => ({ email: 'amina@example.test', firstName: 'Amina', language: 'en', personKind: 'beneficiary' }) },
      impact: {
        surveyLink: async (territoryId: string, surveyId: string, language: string) => (
          asked.push(`${territoryId}/${surveyId}/${language}`),
          link
        ),
      },
      policies: {},
      mail: { from: 'Binôme <r@b.test>', publicBaseUrl: 'https://binome.example' },
      now: () => now,
    } as unknown as NotificationsDeps;
    return { send: notificationSender(d, { send: async (m) => void sent.push({ subject: m.subject, text: m.text }) }), sent, asked };
  };

  it('When the survey is still due, then the email carries the link impact issued, in the person’s language', async () => {
    const s = senderWith({ token: 'a'.repeat(43), wave: 'T3', dueOn: '2027-03-01' });
    expect(await s.send(reminder)).toEqual({ outcome: 'sent' });
    expect(s.asked).toEqual(['rennes/p1:beneficiary:T3/en']);
    expect(s.sent[0].subject).toBe('Your Binôme questionnaire at 3 months is waiting for you');
    expect(s.sent[0].text).toContain(`https://binome.example/api/impact/v1/survey-links/${'a'.repeat(43)}`);
    expect(s.sent[0].text).not.toContain('p1');
  });

  it('When the survey was answered after its reminder was planned, then nothing is sent', async () => {
    const s = senderWith({ gone: 'This survey is answered' });
    expect(await s.send(reminder)).toEqual({ outcome: 'cancelled', reason: 'the survey is no longer due (This survey is answered)' });
    expect(s.sent).toEqual([]);
  });
});
