import PeopleIcon from '@mui/icons-material/People';
import { CandidateList } from './candidate-list';
import { CandidateShow } from './candidate-show';
import { CandidateCreate } from './candidate-create';

export default {
  list: CandidateList,
  show: CandidateShow,
  create: CandidateCreate,
  icon: PeopleIcon,
  recordRepresentation: 'identity.lastName',
};
