import HandshakeIcon from '@mui/icons-material/Handshake';
import { PairList, PairShow } from './pair-screens';

export default { list: PairList, show: PairShow, icon: HandshakeIcon };
