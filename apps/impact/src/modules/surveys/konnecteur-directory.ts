import type { Principal } from '@binome/auth';

/**
 * Who a Konnecteur is in matching's events: the referent ids (recruitment's records) that their
 * account links. Pair events name the Konnecteur by that id only, so impact asks for the
 * principal's ids to apply the `own-pairs` reach.
 */
export interface KonnecteurDirectory {
  referentIdsOf(principal: Principal): Promise<string[]>;
}

/**
 * No peer resolves a token to referent ids yet (recruitment links a referent's account to its
 * record, but serves no call for it): a Konnecteur reaches no survey until one does. Refusing is
 * the safe side of the matrix; the tests inject a directory.
 */
export const NO_KONNECTEURS: KonnecteurDirectory = { referentIdsOf: async () => [] };
