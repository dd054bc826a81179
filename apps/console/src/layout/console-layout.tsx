import type { ReactNode } from 'react';
import {
  AppBar,
  Layout,
  LocalesMenuButton,
  Menu,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin';
import DashboardIcon from '@mui/icons-material/Dashboard';
import HubIcon from '@mui/icons-material/Hub';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { canRead } from '../auth/access';
import { useConsolePermissions } from '../common/console-context';

/** The menu: only the resources registered for this person (the matrix decided), and the pages they may use. */
function ConsoleMenu() {
  const permissions = useConsolePermissions();
  const resources = useResourceDefinitions();
  return (
    <Menu>
      {(permissions?.indicators.scopes.some((s) => s === 'all-territories' || s === 'own-territory') ||
        permissions?.resources.referrals?.read.scopes.includes('own-referrals')) && (
        <Menu.Item to="/" primaryText="binome.menu.dashboard" leftIcon={<DashboardIcon />} />
      )}
      {Object.keys(resources).map((name) => (
        <Menu.ResourceItem key={name} name={name} />
      ))}
      {canRead(permissions, 'pairs') && permissions?.resources.pairs?.write.allowed && (
        <Menu.Item to="/matching" primaryText="binome.menu.matching" leftIcon={<HubIcon />} />
      )}
      {canRead(permissions, 'triage') && <Menu.Item to="/triage" primaryText="binome.menu.triage" leftIcon={<ReportProblemIcon />} />}
      {permissions?.engagementHours.scopes.includes('own-company') && (
        <Menu.Item to="/engagement" primaryText="binome.menu.engagement" leftIcon={<ScheduleIcon />} />
      )}
    </Menu>
  );
}

/** The user menu's button reads the person's name: its accessible name must contain that visible text (WCAG 2.5.3). */
function ConsoleUserMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return <UserMenu label={`${identity?.fullName ?? ''} — ${translate('ra.auth.user_menu')}`} />;
}

function ConsoleAppBar() {
  return (
    <AppBar toolbar={<LocalesMenuButton />} userMenu={<ConsoleUserMenu />}>
      <TitlePortal />
    </AppBar>
  );
}

export const ConsoleLayout = ({ children }: { children: ReactNode }) => (
  <Layout menu={ConsoleMenu} appBar={ConsoleAppBar}>
    {children}
  </Layout>
);
