import { erasedKey } from './erased-key';
import { MemoryFactStore } from './fact-store';
import type { OutcomeFact } from './fact.entity';

const outcome = (id: string, beneficiaryId: string, territoryId = 'rennes'): OutcomeFact => ({
  _id: id,
  territoryId,
  promotionId: 'p1',
  pairId: `pair-${id}`,
  beneficiaryId,
  kind: 'internship',
  startedOn: '2027-01-01',
  evidenceProvided: false,
});

describe("the replay's memory store and erasures", () => {
  it('When a person is erased, then the facts naming them, before and after the erasure, hold their key; others and other territories keep their ids', async () => {
    const store = new MemoryFactStore();
    await store.put('outcomes', outcome('o1', 'cand-1'));
    await store.put('outcomes', outcome('o2', 'cand-2'));
    await store.erase('rennes', 'cand-1', new Date('2027-02-01'));
    await store.put('outcomes', outcome('o3', 'cand-1'));
    await store.put('outcomes', outcome('o4', 'cand-1', 'tours'));
    await store.put('applications', {
      _id: 'cand-1',
      territoryId: 'rennes',
      channel: 1,
      appliedAt: new Date('2027-01-01'),
      eventId: 'e1',
      stage: 'applied',
      stages: ['applied'],
    });
    const byId = (kind: 'outcomes' | 'applications') => store.all(kind);
    expect(Object.fromEntries(byId('outcomes').map((o) => [o._id, (o as OutcomeFact).beneficiaryId]))).toEqual({
      o1: erasedKey('cand-1'),
      o2: 'cand-2',
      o3: erasedKey('cand-1'),
      o4: 'cand-1',
    });
    // An application is keyed by the person: its id becomes the key, the raw id is gone.
    expect(byId('applications').map((a) => a._id)).toEqual([erasedKey('cand-1')]);
    expect([...store.erased.values()]).toEqual([{ _id: erasedKey('cand-1'), territoryId: 'rennes', erasedAt: new Date('2027-02-01') }]);
  });
});
