import HandshakeIcon from '@mui/icons-material/Handshake';
import { lazyScreen } from '../../common/lazy';

const screens = () => import('./pair-screens');

export default { list: lazyScreen(screens, 'PairList'), show: lazyScreen(screens, 'PairShow'), icon: HandshakeIcon };
