import { decodeEnvelope, decodePayload, encodeEnvelope, type EventEnvelope } from '@binome/events';
import { daysAfter, daysAgo, PromotionEvents } from '../../testing/promotion-events';
import { erasedKey } from './erased-key';
import { MemoryFactStore } from './fact-store';
import { FACT_KINDS } from './fact.entity';
import { project, projectInMemory, PROJECTOR_BY_NAME } from './projection';

/** A small promotion's events, as they arrive from the topics (encoded, then decoded). */
function promotion(): EventEnvelope[] {
  const rennes = new PromotionEvents('rennes', 'promo-1');
  const start = daysAgo(120);
  const out: EventEnvelope[] = [];
  for (let i = 0; i < 4; i++) {
    const [c, v, pairId] = [`cand-${i}`, `vol-${i}`, `pair-${i}`];
    out.push(...rennes.intake(c, ['screened', 'interviewed', 'admitted']), rennes.volunteer(v, `company-${i % 2}`));
    out.push(...rennes.pair({ pairId, beneficiaryId: c, volunteerId: v, start, konnecteurId: 'ref-1' }));
    out.push(...rennes.meeting(`meeting-${i}`, pairId, i % 2 ? 'held' : 'missed', daysAfter(start, 10)));
    out.push(rennes.attendance('session-1', c, i % 3 ? 'present' : 'excused', daysAfter(start, 20)));
  }
  // A redelivery (skipped by id, as both consumers do) and an erasure between events.
  out.push(out[1], rennes.erased('cand-1'));
  out.push(rennes.attendance('session-2', 'cand-1', 'absent', daysAfter(start, 30)));
  return out.map((e) => decodeEnvelope(Buffer.from(encodeEnvelope(e))));
}

const dump = (store: MemoryFactStore) => Object.fromEntries(FACT_KINDS.map((k) => [k, store.all(k)]));

describe('the projection steps', () => {
  it('When the same events are projected through the store (awaited, as live) and synchronously in memory (as a replay), then the facts are the same', async () => {
    const live = new MemoryFactStore();
    const replay = new MemoryFactStore();
    const seen = new Set<string>();
    for (const envelope of promotion()) {
      const projector = PROJECTOR_BY_NAME.get(envelope.type);
      if (!projector || seen.has(envelope.id)) continue;
      seen.add(envelope.id);
      const payload = decodePayload(projector.type, envelope);
      await project(live, projector, payload, envelope);
      projectInMemory(replay, projector, payload, envelope);
    }
    expect(dump(replay)).toEqual(dump(live));
    const facts = dump(replay);
    expect(replay.all('pairs')).toHaveLength(4);
    expect(replay.all('applications').find((a) => a._id === 'cand-0')).toMatchObject({
      stage: 'admitted',
      stages: ['applied', 'screened', 'interviewed', 'admitted'],
    });
    // The erased person: their application's id and their attendance, before and after, hold the key.
    expect(replay.all('applications').map((a) => a._id)).toContain(erasedKey('cand-1'));
    expect(replay.all('attendance').filter((a) => a.personId === erasedKey('cand-1'))).toHaveLength(2);
    expect(JSON.stringify(facts)).not.toContain('"cand-1"');
  });

  it('When an event lacks a field its fact needs, then both paths refuse it before touching the store', async () => {
    const [applied] = new PromotionEvents('rennes', 'promo-1').intake('cand-9', []);
    const projector = PROJECTOR_BY_NAME.get(applied.type);
    if (!projector) throw new Error('CandidateApplied has a projector');
    const payload = { ...(decodePayload(projector.type, applied) as object), candidateId: '' };
    const store = new MemoryFactStore();
    await expect(project(store, projector, payload, applied)).rejects.toThrow('CandidateApplied without candidateId');
    expect(() => projectInMemory(store, projector, payload, applied)).toThrow('CandidateApplied without candidateId');
    expect(store.all('applications')).toEqual([]);
  });
});
