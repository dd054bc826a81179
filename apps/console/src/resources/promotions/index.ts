import EventIcon from '@mui/icons-material/Event';
import { lazyScreen } from '../../common/lazy';

const screens = () => import('./promotion-screens');

export default {
  list: lazyScreen(screens, 'PromotionList'),
  show: lazyScreen(screens, 'PromotionShow'),
  create: lazyScreen(screens, 'PromotionCreate'),
  icon: EventIcon,
  recordRepresentation: 'name',
};
