import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadConsoleConfig } from './console-config';

const root = createRoot(document.getElementById('root') as HTMLElement);
loadConsoleConfig().then(
  (config) => root.render(<App config={config} />),
  (e: Error) => root.render(<p role="alert">{e.message}</p>),
);
