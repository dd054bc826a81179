import { createContext, useContext } from 'react';
import { useDataProvider, usePermissions } from 'react-admin';
import type { ConsoleConfig } from '../console-config';
import type { ConsolePermissions } from '../auth/access';
import type { BinomeDataProvider } from '../data/data-provider';

export const ConsoleConfigContext = createContext<ConsoleConfig | undefined>(undefined);

export function useConsoleConfig(): ConsoleConfig {
  const config = useContext(ConsoleConfigContext);
  if (!config) throw new Error('ConsoleConfigContext missing');
  return config;
}

export const useBinome = () => useDataProvider<BinomeDataProvider>();

export const useConsolePermissions = () => usePermissions<ConsolePermissions>().permissions;

/** The territories the person acts on: every territory for HQ, their realm's otherwise. */
export function useTerritories(): string[] {
  const config = useConsoleConfig();
  const permissions = useConsolePermissions();
  const scope = permissions?.principal.scope;
  if (!scope) return [];
  return scope.kind === 'all' ? config.territories : [...scope.territories];
}
