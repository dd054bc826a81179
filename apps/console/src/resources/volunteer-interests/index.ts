import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import { lazyScreen } from '../../common/lazy';

const screens = () => import('./interest-screens');

export default {
  list: lazyScreen(screens, 'InterestList'),
  show: lazyScreen(screens, 'InterestShow'),
  icon: VolunteerActivismIcon,
};
