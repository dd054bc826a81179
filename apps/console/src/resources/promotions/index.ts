import EventIcon from '@mui/icons-material/Event';
import { PromotionCreate, PromotionList, PromotionShow } from './promotion-screens';

export default { list: PromotionList, show: PromotionShow, create: PromotionCreate, icon: EventIcon, recordRepresentation: 'name' };
