import * as ical from 'node-ical';
import type { Meeting } from '../meetings/meeting.entity';
import { icsFeed, icsInvitation, meetingEntry } from './ics-feed';

const meeting = (o: Partial<Meeting>): Meeting => ({
  _id: 'm1',
  territoryId: 'rennes',
  pairId: 'p1',
  promotionId: 'promo',
  beneficiaryId: 'b1',
  volunteerId: 'v1',
  status: 'planned',
  startsAt: new Date('2027-03-01T09:00:00Z'),
  durationMinutes: 120,
  place: 'workplace',
  topics: ['cv'],
  note: 'PRIVATE NOTE',
  attendance: {},
  uid: '3f0c1d2e-uid@binome',
  sequence: 0,
  createdBy: 'someone',
  createdAt: new Date('2027-02-01T00:00:00Z'),
  updatedAt: new Date('2027-02-01T00:00:00Z'),
  ...o,
});

const events = (ics: string) => Object.values(ical.sync.parseICS(ics)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];

describe('the iCalendar feed, parsed back with node-ical', () => {
  it('When meetings are published, then each keeps its UID, SEQUENCE, times and the kind of place, and the calendar says METHOD:PUBLISH, NAME and REFRESH-INTERVAL', () => {
    const ics = icsFeed(
      [meeting({}), meeting({ _id: 'm2', uid: 'other@binome', place: 'video', sequence: 3, status: 'cancelled' })],
      new Date(),
    );
    expect(ics).toMatch(/^METHOD:PUBLISH$/m);
    expect(ics).toMatch(/^NAME:Binôme/m);
    expect(ics).toMatch(/^REFRESH-INTERVAL;VALUE=DURATION:PT1H$/m);
    const [a, b] = events(ics);
    expect({
      uid: a.uid,
      sequence: Number(a.sequence),
      status: a.status,
      start: new Date(a.start).toISOString(),
      end: new Date(a.end as Date).toISOString(),
    }).toEqual({
      uid: '3f0c1d2e-uid@binome',
      sequence: 0,
      status: 'CONFIRMED',
      start: '2027-03-01T09:00:00.000Z',
      end: '2027-03-01T11:00:00.000Z',
    });
    expect(a.location).toMatch(/workplace/);
    expect({ uid: b.uid, sequence: Number(b.sequence), status: b.status }).toEqual({
      uid: 'other@binome',
      sequence: 3,
      status: 'CANCELLED',
    });
  });

  it('When a meeting has a note, topics and person ids, then none of them is in the feed', () => {
    const ics = icsFeed([meeting({})], new Date());
    expect(ics).not.toMatch(/PRIVATE NOTE|b1|v1|\bcv\b|p1|someone/);
  });

  it('When events are written, then they carry Europe/Paris local times with its VTIMEZONE, and the partner’s first name when given', () => {
    const ics = icsFeed([meeting({})], new Date(), new Map([['p1', 'Amina']]));
    expect(ics).toMatch(/^BEGIN:VTIMEZONE\r?$/m);
    expect(ics).toMatch(/^DTSTART;TZID=Europe\/Paris:20270301T100000\r?$/m);
    const [a] = events(ics);
    expect(String(a.summary)).toBe('Rencontre binôme avec Amina / pair meeting with Amina');
    expect(new Date(a.start).toISOString()).toBe('2027-03-01T09:00:00.000Z');
  });

  it('When an invitation is made, then it says METHOD:REQUEST (CANCEL once cancelled) with the same UID and SEQUENCE, the organizer and the one attendee', () => {
    const organizer = { name: 'Binôme', email: 'rappels@binome.test' };
    const req = icsInvitation(meetingEntry(meeting({}), new Date()), organizer, 'claire@example.test');
    expect(req.method).toBe('REQUEST');
    expect(req.content).toMatch(/^METHOD:REQUEST\r?$/m);
    const [e] = events(req.content);
    expect({ uid: e.uid, sequence: Number(e.sequence) }).toEqual({ uid: '3f0c1d2e-uid@binome', sequence: 0 });
    const unfolded = req.content.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toMatch(/ORGANIZER;CN="?Binôme"?:mailto:rappels@binome\.test/);
    expect(unfolded.match(/^ATTENDEE;.*$/gm)).toEqual([expect.stringMatching(/mailto:claire@example\.test\r?$/i)]);
    const cancel = icsInvitation(meetingEntry(meeting({ status: 'cancelled', sequence: 2 }), new Date()), organizer, 'claire@example.test');
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.content).toMatch(/^METHOD:CANCEL\r?$/m);
    expect(events(cancel.content)[0]).toMatchObject({ status: 'CANCELLED' });
  });
});
