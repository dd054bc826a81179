import ForwardIcon from '@mui/icons-material/Forward';
import { lazyScreen } from '../../common/lazy';

const screens = () => import('./referral-screens');

export default {
  list: lazyScreen(screens, 'ReferralList'),
  show: lazyScreen(screens, 'ReferralShow'),
  create: lazyScreen(screens, 'ReferralCreate'),
  icon: ForwardIcon,
};
