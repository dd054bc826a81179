import BadgeIcon from '@mui/icons-material/Badge';
import { VolunteerCreate, VolunteerEdit, VolunteerList, VolunteerShow } from './volunteer-screens';

export default {
  list: VolunteerList,
  show: VolunteerShow,
  create: VolunteerCreate,
  edit: VolunteerEdit,
  icon: BadgeIcon,
  recordRepresentation: 'identity.lastName',
};
