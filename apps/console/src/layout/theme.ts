import { defaultTheme, type RaThemeOptions } from 'react-admin';

// Contrast checked with axe-core (WCAG AA): the default blue on white passes, the secondary
// AppBar colour is darkened so white text on it does too.
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: { primary: { main: '#1a56a0' }, secondary: { main: '#123d72' } },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
};
