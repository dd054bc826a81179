import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  FormControl,
  FormHelperText,
  InputLabel,
  MenuItem,
  Select,
  Typography,
} from '@mui/material';
import { LocalesMenuButton, useLogin, useTranslate } from 'react-admin';
import { useConsoleConfig } from '../common/console-context';
import { activeRealm, lastRealm } from './keycloak-auth-provider';

/**
 * The person picks their space (territory, national HQ, partners), then signs in on that realm's
 * Keycloak page. After a reload (tokens are in memory only) a realm still active signs in again
 * at once, through Keycloak's open session.
 */
export function LoginPage() {
  const config = useConsoleConfig();
  const translate = useTranslate();
  const login = useLogin();
  const resuming = activeRealm();
  const [realm, setRealm] = useState(resuming ?? lastRealm() ?? '');
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (resuming) login({ realm: resuming }).catch((e: Error) => setError(e.message));
  }, [resuming, login]);

  const submit = () => {
    if (!realm) return setError(translate('binome.login.choose_realm'));
    login({ realm }).catch((e: Error) => setError(translate(e.message, { _: e.message })));
  };

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: '#eef2f7' }}>
      <Card sx={{ width: 420 }}>
        <CardContent>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Typography variant="h5" component="h1">
              {translate('binome.login.title')}
            </Typography>
            <LocalesMenuButton />
          </Box>
          {resuming ? (
            <Typography sx={{ mt: 2 }}>{translate('binome.login.reconnecting', { realm: resuming })}</Typography>
          ) : (
            <Box component="form" sx={{ mt: 3 }} onSubmit={(e) => (e.preventDefault(), submit())}>
              <FormControl fullWidth>
                <InputLabel id="realm-label">{translate('binome.login.realm')}</InputLabel>
                <Select
                  labelId="realm-label"
                  id="realm"
                  name="realm"
                  value={realm}
                  label={translate('binome.login.realm')}
                  onChange={(e) => setRealm(String(e.target.value))}
                  aria-describedby="realm-help"
                >
                  {config.realms.map((r) => (
                    <MenuItem key={r.id} value={r.id}>
                      {r.label}
                    </MenuItem>
                  ))}
                </Select>
                <FormHelperText id="realm-help">{translate('binome.login.realm_help')}</FormHelperText>
              </FormControl>
              {error && (
                <Alert severity="error" sx={{ mt: 2 }}>
                  {error}
                </Alert>
              )}
              <Button type="submit" variant="contained" fullWidth sx={{ mt: 3 }}>
                {translate('binome.login.submit')}
              </Button>
            </Box>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
