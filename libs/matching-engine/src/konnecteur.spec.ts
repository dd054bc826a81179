import { assignKonnecteurs, type Konnecteur, type PairToFollow } from './konnecteur';
import { SeededRandom } from './seeded-random';

function randomPoint(rng: SeededRandom): { lat: number; lon: number } {
  return { lat: 48 + rng.next() * 0.5, lon: -1.9 + rng.next() * 0.5 };
}

describe('assignKonnecteurs', () => {
  it('When capacities allow, then every pair gets a Konnecteur and loads differ by at most 1', () => {
    const rng = new SeededRandom(12);
    for (let trial = 0; trial < 20; trial++) {
      const konnecteurs: Konnecteur[] = Array.from({ length: rng.int(2, 7) }, (_, i) => ({
        id: `k${i}`,
        location: randomPoint(rng),
        capacity: rng.int(2, 3),
      }));
      const totalCapacity = konnecteurs.reduce((a, k) => a + k.capacity, 0);
      const minCapacity = Math.min(...konnecteurs.map((k) => k.capacity));
      // Loads can differ by at most 1 only if no Konnecteur needs more than its capacity.
      const pairCount = rng.int(1, Math.min(totalCapacity, konnecteurs.length * minCapacity));
      const pairs: PairToFollow[] = Array.from({ length: pairCount }, (_, i) => ({ pairId: `p${i}`, meetingPlace: randomPoint(rng) }));
      const result = assignKonnecteurs(pairs, konnecteurs);
      expect(result.unassignedPairIds).toEqual([]);
      expect(new Set(result.assignments.map((a) => a.pairId)).size).toBe(pairCount);
      const loads = Object.values(result.loads);
      expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
      for (const k of konnecteurs) expect(result.loads[k.id]).toBeLessThanOrEqual(k.capacity);
    }
  });

  it('When loads are balanced either way, then each pair goes to the closer Konnecteur', () => {
    const north = { lat: 48.5, lon: -1.7 };
    const south = { lat: 47.5, lon: -1.7 };
    const result = assignKonnecteurs(
      [
        { pairId: 'near-south', meetingPlace: { lat: 47.51, lon: -1.7 } },
        { pairId: 'near-north', meetingPlace: { lat: 48.49, lon: -1.7 } },
      ],
      [
        { id: 'kn', location: north, capacity: 3 },
        { id: 'ks', location: south, capacity: 3 },
      ],
    );
    expect(result.assignments).toEqual([
      expect.objectContaining({ pairId: 'near-south', konnecteurId: 'ks' }),
      expect.objectContaining({ pairId: 'near-north', konnecteurId: 'kn' }),
    ]);
  });

  it('When all pairs are near one Konnecteur, then balance still wins over distance', () => {
    const pairs = Array.from({ length: 4 }, (_, i) => ({ pairId: `p${i}`, meetingPlace: { lat: 48.5 + i * 0.001, lon: -1.7 } }));
    const result = assignKonnecteurs(pairs, [
      { id: 'near', location: { lat: 48.5, lon: -1.7 }, capacity: 3 },
      { id: 'far', location: { lat: 47, lon: -1.7 }, capacity: 3 },
    ]);
    expect(result.loads).toEqual({ near: 2, far: 2 });
  });

  it('When there are more pairs than places, then the extra pairs are reported unassigned', () => {
    const pairs = Array.from({ length: 5 }, (_, i) => ({ pairId: `p${i}`, meetingPlace: { lat: 48, lon: -1.7 } }));
    const result = assignKonnecteurs(pairs, [{ id: 'k', location: { lat: 48, lon: -1.7 }, capacity: 3 }]);
    expect(result.assignments).toHaveLength(3);
    expect(result.unassignedPairIds).toHaveLength(2);
  });
});
