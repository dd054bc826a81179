import { useMemo } from 'react';
import { BrowserRouter, Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import type { ConsoleConfig } from './console-config';
import { realmSession } from './auth/keycloak-auth-provider';
import { canRead, type ConsolePermissions } from './auth/access';
import { LoginPage } from './auth/login-page';
import { binomeDataProvider } from './data/data-provider';
import { i18nProvider } from './i18n/i18n-provider';
import { ConsoleConfigContext } from './common/console-context';
import { ConsoleLayout } from './layout/console-layout';
import { theme } from './layout/theme';
import promotions from './resources/promotions';
import candidates from './resources/candidates';
import volunteers from './resources/volunteers';
import { konnecteurs, koachs } from './resources/referents';
import partnerCompanies from './resources/partner-companies';
import partnerOrganisations from './resources/partner-organisations';
import referrals from './resources/referrals';
import pairs from './resources/pairs';
import { sessions, workshops } from './resources/workshops';
import { badges, libraryResources, trainingModules } from './resources/library';
import { outcomes, surveys } from './resources/surveys';
import volunteerInterests from './resources/volunteer-interests';
import { lazyScreen } from './common/lazy';

// The heavy screens are their own chunks, fetched on first use: the initial bundle holds the
// shell (react-admin, MUI, keycloak-js), the menu and the login page.
const Dashboard = lazyScreen(() => import('./dashboard/dashboard'), 'Dashboard');
const MatchingPage = lazyScreen(() => import('./matching/matching-page'), 'MatchingPage');
const TriagePage = lazyScreen(() => import('./scheduling/triage-page'), 'TriagePage');
const EngagementPage = lazyScreen(() => import('./engagement/engagement-page'), 'EngagementPage');

/**
 * The composition root of the console: the one data provider, the Keycloak session, the i18n
 * catalogue and the resources the role matrix lets the person read (a resource that is not
 * registered has neither a menu entry nor a route).
 */
export function App({ config }: { config: ConsoleConfig }) {
  const session = useMemo(() => realmSession(config), [config]);
  const dataProvider = useMemo(() => binomeDataProvider({ baseUrl: '', token: session.token }), [session]);
  return (
    <ConsoleConfigContext.Provider value={config}>
      <BrowserRouter basename={config.basePath}>
        <Admin
          title="Binôme"
          authProvider={session.authProvider}
          dataProvider={dataProvider}
          i18nProvider={i18nProvider}
          loginPage={LoginPage}
          layout={ConsoleLayout}
          dashboard={Dashboard}
          theme={theme}
          requireAuth
          disableTelemetry
        >
          {(permissions: ConsolePermissions) => (
            <>
              {canRead(permissions, 'candidates') && <Resource name="candidates" {...candidates} />}
              {canRead(permissions, 'promotions') && <Resource name="promotions" {...promotions} />}
              {canRead(permissions, 'volunteers') && <Resource name="volunteers" {...volunteers} />}
              {canRead(permissions, 'pairs') && <Resource name="pairs" {...pairs} />}
              {canRead(permissions, 'referrals') && <Resource name="referrals" {...referrals} />}
              {canRead(permissions, 'partner-companies') && <Resource name="partner-companies" {...partnerCompanies} />}
              {canRead(permissions, 'partner-organisations') && <Resource name="partner-organisations" {...partnerOrganisations} />}
              {canRead(permissions, 'konnecteurs') && <Resource name="konnecteurs" {...konnecteurs} />}
              {canRead(permissions, 'koachs') && <Resource name="koachs" {...koachs} />}
              {canRead(permissions, 'sessions') && <Resource name="sessions" {...sessions} />}
              {canRead(permissions, 'workshops') && <Resource name="workshops" {...workshops} />}
              {canRead(permissions, 'library-resources') && <Resource name="library-resources" {...libraryResources} />}
              {canRead(permissions, 'training-modules') && <Resource name="training-modules" {...trainingModules} />}
              {canRead(permissions, 'badges') && <Resource name="badges" {...badges} />}
              {canRead(permissions, 'surveys') && <Resource name="surveys" {...surveys} />}
              {canRead(permissions, 'outcomes') && <Resource name="outcomes" {...outcomes} />}
              {canRead(permissions, 'volunteer-interests') && <Resource name="volunteer-interests" {...volunteerInterests} />}
              <CustomRoutes>
                {canRead(permissions, 'pairs') && <Route path="/matching" element={<MatchingPage />} />}
                {canRead(permissions, 'triage') && <Route path="/triage" element={<TriagePage />} />}
                {permissions?.engagementHours.scopes.includes('own-company') && <Route path="/engagement" element={<EngagementPage />} />}
              </CustomRoutes>
            </>
          )}
        </Admin>
      </BrowserRouter>
    </ConsoleConfigContext.Provider>
  );
}
