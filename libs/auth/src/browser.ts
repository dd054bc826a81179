// What a browser may import from the auth lib: the role matrix, the decision over it and the
// principal read from token claims — the same code the services run, without express or jose.
export * from './matrix';
export {
  ROLES,
  principalFromClaims,
  canActOnTerritory,
  type AccessTokenClaims,
  type Principal,
  type Role,
  type TerritoryScope,
} from './principal';
