// The console's candidate list (the real screen, the real i18n and theme) over an in-memory data
// provider of 1,000 candidates, without sign-in: what the bench times is React rendering the list.
import { createRoot } from 'react-dom/client';
import { Admin, Resource, type DataProvider } from 'react-admin';
import { MemoryRouter } from 'react-router-dom';
import { CandidateList } from '../src/resources/candidates/candidate-list';
import { ConsoleConfigContext } from '../src/common/console-context';
import { i18nProvider } from '../src/i18n/i18n-provider';
import { theme } from '../src/layout/theme';

const STATUSES = ['applied', 'screened', 'interviewed', 'admitted', 'waitlisted'];
const candidates = Array.from({ length: 1000 }, (_, i) => ({
  id: `c${i}`,
  territoryId: 'rennes',
  status: STATUSES[i % STATUSES.length],
  identity: { firstName: `Prénom${i}`, lastName: `Nom${i}` },
  contact: { town: 'Rennes' },
  frenchLevel: 'B1',
  languages: [{ language: 'fa', level: 'native' }],
  appliedAt: new Date(Date.UTC(2026, 10, 1 + (i % 28))).toISOString(),
}));
const dataProvider = {
  getList: async (_r: string, p: { pagination?: { page: number; perPage: number } }) => {
    const { page, perPage } = p.pagination ?? { page: 1, perPage: 1000 };
    return { data: candidates.slice((page - 1) * perPage, page * perPage), total: candidates.length };
  },
  getMany: async () => ({ data: [] }),
  getOne: async () => ({ data: candidates[0] }),
} as unknown as DataProvider;
const permissions = {
  resources: { candidates: { write: { scopes: ['own-territory'] } } },
  principal: { scope: { kind: 'some', territories: ['rennes'] } },
};
const authProvider = {
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getPermissions: async () => permissions,
};

const started = performance.now();
new MutationObserver((_m, observer) => {
  if (document.querySelectorAll('tbody tr').length >= 1000) {
    (window as unknown as { renderMs: number }).renderMs = performance.now() - started;
    observer.disconnect();
  }
}).observe(document.body, { childList: true, subtree: true });

createRoot(document.getElementById('root') as HTMLElement).render(
  <ConsoleConfigContext.Provider value={{ keycloakUrl: '', clientId: '', territories: ['rennes'], realms: [], basePath: '' }}>
    <MemoryRouter initialEntries={['/candidates?perPage=1000']}>
      <Admin dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} theme={theme} disableTelemetry>
        <Resource name="candidates" list={CandidateList} />
      </Admin>
    </MemoryRouter>
  </ConsoleConfigContext.Provider>,
);
