import { lazy, type ComponentType } from 'react';

/**
 * A screen loaded on first use (its own chunk, with what only it imports: recharts, the matching
 * table…), from a module's named export. react-admin's layout renders routes inside a Suspense,
 * so the page shows its loading state meanwhile.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- react-admin's screens take varied props
export function lazyScreen<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(load: () => Promise<M>, name: K): M[K] {
  return lazy(() => load().then((m) => ({ default: m[name] }))) as unknown as M[K];
}
