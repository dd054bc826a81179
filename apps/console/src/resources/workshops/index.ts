import EventSeatIcon from '@mui/icons-material/EventSeat';
import GroupsIcon from '@mui/icons-material/Groups';
import { lazyScreen } from '../../common/lazy';

const catalogue = () => import('./workshop-screens');
const sessionScreens = () => import('./session-screens');

export const workshops = {
  list: lazyScreen(catalogue, 'WorkshopList'),
  show: lazyScreen(catalogue, 'WorkshopShow'),
  create: lazyScreen(catalogue, 'WorkshopCreate'),
  edit: lazyScreen(catalogue, 'WorkshopEdit'),
  icon: GroupsIcon,
  recordRepresentation: 'title',
};

export const sessions = {
  list: lazyScreen(sessionScreens, 'SessionList'),
  show: lazyScreen(sessionScreens, 'SessionShow'),
  create: lazyScreen(sessionScreens, 'SessionCreate'),
  edit: lazyScreen(sessionScreens, 'SessionEdit'),
  icon: EventSeatIcon,
};
