import { solveLinearSumAssignment } from './linear-assignment.solver';
import type { GeoPoint } from './profiles';
import { haversineKm } from './score';

/**
 * Konnecteur (referent) assignment: each confirmed pair gets one Konnecteur, loads as even as the
 * capacities allow (min–max), then the shortest total distance from the Konnecteur to the pair's
 * meeting place (the volunteer's workplace).
 *
 * Each Konnecteur of capacity c becomes c slots; slot k (its (k+1)-th pair) costs
 * `k × LOAD_STEP + metres`. With LOAD_STEP larger than any possible sum of distances the solver
 * first minimises Σ load·(load−1)/2, a convex function of the loads, whose minimum under capacity
 * limits is the most even split (loads differ by at most 1 when capacities allow), then distance.
 */

export interface Konnecteur {
  readonly id: string;
  readonly location: GeoPoint;
  /** Pairs they can follow, typically 2–3. */
  readonly capacity: number;
}

export interface PairToFollow {
  readonly pairId: string;
  readonly meetingPlace: GeoPoint;
}

export interface KonnecteurAssignment {
  readonly assignments: readonly { readonly pairId: string; readonly konnecteurId: string; readonly distanceKm: number }[];
  /** Pairs left without a Konnecteur because capacities are too small. */
  readonly unassignedPairIds: readonly string[];
  readonly loads: Readonly<Record<string, number>>;
}

export function assignKonnecteurs(pairs: readonly PairToFollow[], konnecteurs: readonly Konnecteur[]): KonnecteurAssignment {
  const slotOwner: number[] = [];
  const slotLevel: number[] = [];
  konnecteurs.forEach((k, index) => {
    if (!Number.isInteger(k.capacity) || k.capacity < 0) throw new RangeError(`konnecteur ${k.id} has an invalid capacity`);
    for (let level = 0; level < k.capacity; level++) {
      slotOwner.push(index);
      slotLevel.push(level);
    }
  });
  const metres = pairs.map((p) => konnecteurs.map((k) => Math.round(haversineKm(p.meetingPlace, k.location) * 1000)));
  let maxMetres = 0;
  for (const row of metres) for (const m of row) maxMetres = Math.max(maxMetres, m);
  const loadStep = (maxMetres + 1) * Math.max(1, pairs.length);

  const rows = pairs.length;
  const cols = slotOwner.length;
  const data = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) data[r * cols + c] = slotLevel[c] * loadStep + metres[r][slotOwner[c]];
  }
  const { colForRow } = solveLinearSumAssignment({ rows, cols, data });

  const loads: Record<string, number> = {};
  for (const k of konnecteurs) loads[k.id] = 0;
  const assignments: { pairId: string; konnecteurId: string; distanceKm: number }[] = [];
  const unassignedPairIds: string[] = [];
  pairs.forEach((pair, r) => {
    const c = colForRow[r];
    if (c < 0) {
      unassignedPairIds.push(pair.pairId);
      return;
    }
    const k = konnecteurs[slotOwner[c]];
    loads[k.id]++;
    assignments.push({ pairId: pair.pairId, konnecteurId: k.id, distanceKm: metres[r][slotOwner[c]] / 1000 });
  });
  return { assignments, unassignedPairIds, loads };
}
