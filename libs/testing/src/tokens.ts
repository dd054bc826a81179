import { userToken } from './keycloak';

/** The `sub` claim of an access token: the id the services record as `by`, `erasedBy`, an actor. */
export function subjectOf(token: string): string {
  const payload: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
  const sub = (payload as { sub?: unknown }).sub;
  if (typeof sub !== 'string') throw new Error('the token has no sub claim');
  return sub;
}

/** The staff most specs act as: a manager of Rennes, one of Tours, and HQ. */
export const STAFF = { rennes: ['rennes', 'manager'], tours: ['tours', 'manager'], hq: ['national', 'hq'] } as const satisfies Record<
  string,
  readonly [string, string]
>;

/**
 * Real tokens for several users at once, fetched in parallel, keyed as asked:
 * `const { rennes, hq } = await tokensOf({ rennes: ['rennes', 'manager'], hq: ['national', 'hq'] })`.
 */
export async function tokensOf<K extends string>(users: Record<K, readonly [realm: string, username: string]>): Promise<Record<K, string>> {
  const keys = Object.keys(users) as K[];
  const tokens = await Promise.all(keys.map((k) => userToken(users[k][0], users[k][1])));
  return Object.fromEntries(keys.map((k, i) => [k, tokens[i]])) as Record<K, string>;
}
