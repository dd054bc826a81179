import * as ical from 'node-ical';
import type { Meeting } from '../meetings/meeting.entity';
import { icsFeed } from './ics-feed';

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
});
