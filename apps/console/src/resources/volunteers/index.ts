import BadgeIcon from '@mui/icons-material/Badge';
import { lazyScreen } from '../../common/lazy';

const screens = () => import('./volunteer-screens');

export default {
  list: lazyScreen(screens, 'VolunteerList'),
  show: lazyScreen(screens, 'VolunteerShow'),
  create: lazyScreen(screens, 'VolunteerCreate'),
  edit: lazyScreen(screens, 'VolunteerEdit'),
  icon: BadgeIcon,
  recordRepresentation: 'identity.lastName',
};
