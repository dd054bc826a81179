// The access model every service applies in its queries: the role matrix's decision
// (@binome/auth's `authorize`, `can`) turned into a reach, the union of the rules a principal holds.
export * from './reach';
