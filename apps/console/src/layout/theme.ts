import { defaultTheme, type RaThemeOptions } from 'react-admin';

// Colours chosen for WCAG AA contrast (checked by axe-core in the browser specs): MUI's default
// info blue and warning orange carry white text below 4.5:1, so darker shades are used.
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    primary: { main: '#1a56a0' },
    secondary: { main: '#123d72' },
    info: { main: '#01579b' },
    warning: { main: '#9a4a00' },
    success: { main: '#1b5e20' },
    error: { main: '#b71c1c' },
  },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
};
