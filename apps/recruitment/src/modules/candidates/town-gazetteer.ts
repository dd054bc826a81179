/**
 * A small static gazetteer: matching needs a point for the person's town (distance to the
 * volunteer's workplace), and the programme's towns are few. Approximate town-hall coordinates.
 * An unknown town falls back to its territory's centre: a coarse point is better than none, and
 * the application never asks for an address.
 */
export interface GeoPoint {
  lat: number;
  lon: number;
}

const TOWNS: Record<string, GeoPoint> = {
  // Rennes territory (Ille-et-Vilaine)
  rennes: { lat: 48.1113, lon: -1.68 },
  'saint-malo': { lat: 48.6493, lon: -2.0257 },
  vitre: { lat: 48.1236, lon: -1.2083 },
  fougeres: { lat: 48.3524, lon: -1.1989 },
  'cesson-sevigne': { lat: 48.1213, lon: -1.6033 },
  bruz: { lat: 48.0247, lon: -1.7461 },
  redon: { lat: 47.6514, lon: -2.0842 },
  // Paris / Île-de-France
  paris: { lat: 48.8566, lon: 2.3522 },
  'saint-denis': { lat: 48.9362, lon: 2.3574 },
  montreuil: { lat: 48.8638, lon: 2.4485 },
  nanterre: { lat: 48.8924, lon: 2.2071 },
  aubervilliers: { lat: 48.9146, lon: 2.3821 },
  'boulogne-billancourt': { lat: 48.8397, lon: 2.2399 },
  creteil: { lat: 48.7904, lon: 2.4556 },
  argenteuil: { lat: 48.9472, lon: 2.2467 },
  // Tours territory (Centre-Val de Loire)
  tours: { lat: 47.3941, lon: 0.6848 },
  'joue-les-tours': { lat: 47.3522, lon: 0.6667 },
  blois: { lat: 47.5861, lon: 1.3359 },
  amboise: { lat: 47.4125, lon: 0.9825 },
  orleans: { lat: 47.9029, lon: 1.9093 },
  // Other programme towns
  strasbourg: { lat: 48.5734, lon: 7.7521 },
  metz: { lat: 49.1193, lon: 6.1757 },
  nancy: { lat: 48.6921, lon: 6.1844 },
  bordeaux: { lat: 44.8378, lon: -0.5792 },
};

/** Territory id → centre, for towns the gazetteer does not know. */
const TERRITORY_CENTRES: Record<string, GeoPoint> = {
  rennes: TOWNS.rennes,
  paris: TOWNS.paris,
  tours: TOWNS.tours,
  orleans: TOWNS.orleans,
  strasbourg: TOWNS.strasbourg,
  gironde: TOWNS.bordeaux,
  'grand-est': TOWNS.metz,
};

/** "Saint Malo", "SAINT-MALO", "Saint-Malo " → "saint-malo"; "Vitré" → "vitre". */
export function townKey(town: string): string {
  return town
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s'’_-]+/g, '-');
}

/** The town's point, else the territory's centre, else undefined (unknown territory). */
export function locateTown(town: string | undefined, territoryId: string): GeoPoint | undefined {
  const known = town ? TOWNS[townKey(town)] : undefined;
  return known ?? TERRITORY_CENTRES[territoryId];
}
