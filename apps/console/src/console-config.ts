/** What the gateway tells the console at start (`/console/config.json`): where Keycloak is, which realms. */
export interface ConsoleConfig {
  keycloakUrl: string;
  clientId: string;
  territories: string[];
  realms: { id: string; label: string }[];
  /** Where the console is served (`/console`). */
  basePath: string;
}

export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  const res = await fetch(`${import.meta.env.BASE_URL}config.json`, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`console configuration: HTTP ${res.status}`);
  return (await res.json()) as ConsoleConfig;
}
