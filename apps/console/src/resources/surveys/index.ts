import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import WorkHistoryIcon from '@mui/icons-material/WorkHistory';
import { lazyScreen } from '../../common/lazy';

const screens = () => import('./survey-screens');

export const surveys = {
  list: lazyScreen(screens, 'SurveyList'),
  edit: lazyScreen(screens, 'SurveyEdit'),
  icon: AssignmentTurnedInIcon,
};
export const outcomes = {
  list: lazyScreen(screens, 'OutcomeList'),
  create: lazyScreen(screens, 'OutcomeCreate'),
  icon: WorkHistoryIcon,
};
