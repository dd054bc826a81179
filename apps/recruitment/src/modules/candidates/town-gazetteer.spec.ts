import { locateTown, townKey } from './town-gazetteer';

describe('town gazetteer', () => {
  it.each([
    ['Saint-Malo', 'saint-malo'],
    ['SAINT MALO', 'saint-malo'],
    ['Vitré', 'vitre'],
    ['  Fougères ', 'fougeres'],
    ['Joué-lès-Tours', 'joue-les-tours'],
  ])('When the town is written "%s", then its key is %s', (town, key) => {
    expect(townKey(town)).toBe(key);
  });

  it('When the town is known, then its own point is returned', () => {
    expect(locateTown('Saint-Malo', 'rennes')).toEqual({ lat: 48.6493, lon: -2.0257 });
  });

  it('When the town is unknown, then the territory centre is returned', () => {
    expect(locateTown('Pacé', 'rennes')).toEqual(locateTown('Rennes', 'rennes'));
    expect(locateTown(undefined, 'tours')).toEqual(locateTown('Tours', 'tours'));
  });

  it('When both town and territory are unknown, then there is no point', () => {
    expect(locateTown('Atlantis', 'atlantis')).toBeUndefined();
  });
});
