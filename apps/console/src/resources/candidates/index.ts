import PeopleIcon from '@mui/icons-material/People';
import { lazyScreen } from '../../common/lazy';

export default {
  list: lazyScreen(() => import('./candidate-list'), 'CandidateList'),
  show: lazyScreen(() => import('./candidate-show'), 'CandidateShow'),
  create: lazyScreen(() => import('./candidate-create'), 'CandidateCreate'),
  icon: PeopleIcon,
  recordRepresentation: 'identity.lastName',
};
