import { useEffect, useState } from 'react';
import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Title, useTranslate } from 'react-admin';
import { useBinome, useConsolePermissions, useTerritories } from '../common/console-context';
import { canRead } from '../auth/access';
import { CANDIDATE_STATUSES } from '../resources/candidates/candidate-list';
import { EngagementPage } from '../engagement/engagement-page';
import { loadIndicators, type Indicators } from './indicators';
import { ImpactFigures } from './impact-figures';
import { PartnerHome } from './partner-home';

const COLORS = ['#1a56a0', '#b3541e', '#2e7d32', '#6a1b9a', '#00695c'];

/** One chart and the same figures as a table (read by screen readers and by the browser tests). */
function Figure({ title, rows, keys, id }: { title: string; rows: Record<string, string | number>[]; keys: string[]; id: string }) {
  return (
    <Card variant="outlined" sx={{ flex: '1 1 420px' }}>
      <CardContent>
        <Typography variant="h6" component="h2" id={`${id}-title`}>
          {title}
        </Typography>
        <Box sx={{ height: 220 }} role="img" aria-labelledby={`${id}-title`}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" fontSize={12} />
              <YAxis allowDecimals={false} fontSize={12} />
              <Tooltip />
              {keys.length > 1 && <Legend />}
              {keys.map((k, i) => (
                <Bar key={k} dataKey={k} fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </Box>
        <Table size="small" aria-labelledby={`${id}-title`} data-testid={id}>
          <TableHead>
            <TableRow>
              <TableCell />
              {keys.map((k) => (
                <TableCell key={k} align="right">
                  {k}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={String(r.label)}>
                <TableCell component="th" scope="row">
                  {r.label}
                </TableCell>
                {keys.map((k) => (
                  <TableCell key={k} align="right">
                    {r[k] ?? 0}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

/**
 * A territory manager's figures for their territory; HQ's for every territory side by side with
 * the national total, and impact's survey figures against the published ones. Company HR land on
 * their employees' engagement. Loaded lazily (recharts stays out of the initial bundle).
 */
export function Dashboard() {
  const translate = useTranslate();
  const binome = useBinome();
  const permissions = useConsolePermissions();
  const territories = useTerritories();
  const [indicators, setIndicators] = useState<Indicators>();
  const staff = canRead(permissions, 'candidates') && territories.length > 0;
  useEffect(() => {
    if (staff) void loadIndicators(binome, territories, { triage: canRead(permissions, 'triage') }).then(setIndicators);
  }, [binome, staff, territories.join(',')]);

  if (permissions?.engagementHours.scopes.includes('own-company')) return <EngagementPage />;
  if (!staff && permissions?.resources.referrals?.read.scopes.includes('own-referrals')) return <PartnerHome />;
  if (!staff) return <Title title="binome.dashboard.title" />;
  const several = territories.length > 1;
  const impact = permissions?.indicators.scopes.some((s) => s === 'all-territories' || s === 'own-territory');
  const keys = several ? [...territories, translate('binome.dashboard.national')] : territories;
  const rowsOf = (labels: readonly string[], prefix: string, value: (territory: string, key: string) => number) =>
    labels.map((key) => {
      const row: Record<string, string | number> = { label: translate(`${prefix}.${key}`, { _: key }) };
      let sum = 0;
      for (const t of territories) sum += row[t] = value(t, key);
      if (several) row[translate('binome.dashboard.national')] = sum;
      return row;
    });
  return (
    <Box sx={{ p: 2 }}>
      <Title title="binome.dashboard.title" />
      {!indicators ? (
        <Typography role="status">{translate('ra.page.loading')}</Typography>
      ) : (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
          <Figure
            id="funnel"
            title={translate('binome.dashboard.funnel')}
            keys={keys}
            rows={rowsOf(CANDIDATE_STATUSES, 'binome.status', (t, s) => indicators[t].candidates[s] ?? 0)}
          />
          <Figure
            id="applications"
            title={translate('binome.dashboard.applications')}
            keys={keys}
            rows={rowsOf(['applications'], 'binome.dashboard', (t) => indicators[t].applications)}
          />
          <Figure
            id="pairs-health"
            title={translate('binome.dashboard.pairs_health')}
            keys={keys}
            rows={rowsOf(['on-track', 'watch', 'at-risk'], 'binome.status', (t, s) => indicators[t].health[s] ?? 0)}
          />
          <Figure
            id="volunteers"
            title={translate('binome.dashboard.volunteers')}
            keys={keys}
            rows={rowsOf(['enrolled', 'trained', 'active', 'withdrawn'], 'binome.status', (t, s) => indicators[t].volunteers[s] ?? 0)}
          />
          {impact && <ImpactFigures territories={territories} national={permissions?.principal.scope.kind === 'all'} />}
        </Box>
      )}
    </Box>
  );
}
