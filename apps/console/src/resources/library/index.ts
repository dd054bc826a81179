import LibraryBooksIcon from '@mui/icons-material/LibraryBooks';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import { lazyScreen } from '../../common/lazy';

const screens = () => import('./library-screens');

export const libraryResources = {
  list: lazyScreen(screens, 'ResourceList'),
  show: lazyScreen(screens, 'ResourceShow'),
  create: lazyScreen(screens, 'ResourceCreate'),
  edit: lazyScreen(screens, 'ResourceEdit'),
  icon: LibraryBooksIcon,
  recordRepresentation: 'title',
};

export const trainingModules = {
  list: lazyScreen(screens, 'ModuleList'),
  show: lazyScreen(screens, 'ModuleShow'),
  create: lazyScreen(screens, 'ModuleCreate'),
  icon: MenuBookIcon,
  recordRepresentation: 'title',
};

export const badges = { list: lazyScreen(screens, 'BadgeList'), icon: WorkspacePremiumIcon };
