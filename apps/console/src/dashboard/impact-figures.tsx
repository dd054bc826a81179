import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip as Hint,
  Typography,
} from '@mui/material';
import { Bar, BarChart, CartesianGrid, ErrorBar, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocaleState, useTranslate } from 'react-admin';
import { useBinome } from '../common/console-context';
import type { ApiError } from '../data/problem';
import { cellState, chartRows, errorKey, loadImpact, NATIONAL, PUBLISHED_KEY, type ImpactTable } from './impact';

const COLORS = ['#1a56a0', '#b3541e', '#2e7d32', '#6a1b9a', '#00695c'];
const PUBLISHED_COLOR = '#757575';

/**
 * The survey results beside the programme's published figures, each with its Wilson 95 % interval
 * (error bars on the chart, the range in the table), its numerator, denominator and response rate;
 * a cell impact suppressed (fewer than five people) says so instead of showing a number.
 */
export function ImpactFigures({ territories, national }: { territories: string[]; national: boolean }) {
  const translate = useTranslate();
  const binome = useBinome();
  const [locale] = useLocaleState();
  const [table, setTable] = useState<ImpactTable>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    loadImpact(binome, territories, national).then(
      (t) => live && setTable(t),
      (e: ApiError) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [binome, national, territories.join(',')]);

  const lang = locale === 'en' ? 'en' : 'fr';
  const tag = lang === 'en' ? 'en-GB' : 'fr-FR';
  const percent = (x: number) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }).format(x);
  const columnName = (c: string) => (c === NATIONAL ? translate('binome.dashboard.national') : c);

  if (error)
    return (
      <Alert severity="warning" sx={{ flex: '1 1 100%' }}>
        {translate('binome.impact.unavailable', { error })}
      </Alert>
    );
  if (!table) return <Typography role="status">{translate('ra.page.loading')}</Typography>;
  const rows = chartRows(table, (r) => r.label[lang]);
  const published = translate('binome.impact.published');
  return (
    <Card variant="outlined" sx={{ flex: '1 1 100%' }}>
      <CardContent>
        <Typography variant="h6" component="h2" id="impact-title">
          {translate('binome.impact.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('binome.impact.help', { date: table.asOf })}
        </Typography>
        <Box sx={{ height: 300, mt: 1 }} role="img" aria-labelledby="impact-title">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} margin={{ left: 0, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" fontSize={11} interval={0} tickFormatter={(v: string) => (v.length > 22 ? `${v.slice(0, 21)}…` : v)} />
              <YAxis domain={[0, 100]} unit=" %" fontSize={12} />
              <Tooltip formatter={(v) => (typeof v === 'number' ? `${v} %` : String(v))} />
              <Legend />
              {table.columns.map((c, i) => (
                <Bar key={c} dataKey={c} name={columnName(c)} fill={COLORS[i % COLORS.length]} isAnimationActive={false}>
                  <ErrorBar dataKey={errorKey(c)} width={4} strokeWidth={1.5} stroke="#212121" direction="y" />
                </Bar>
              ))}
              <Bar dataKey={PUBLISHED_KEY} name={published} fill={PUBLISHED_COLOR} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </Box>
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-labelledby="impact-title" data-testid="impact">
            <TableHead>
              <TableRow>
                <TableCell>{translate('binome.impact.figure')}</TableCell>
                {table.columns.map((c) => (
                  <TableCell key={c} align="right">
                    {columnName(c)}
                  </TableCell>
                ))}
                <TableCell align="right">{published}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {table.rows.map((row) => (
                <TableRow key={row.code} data-code={row.code}>
                  <TableCell component="th" scope="row">
                    <Hint title={row.definition[lang]}>
                      <span>{row.label[lang]}</span>
                    </Hint>
                  </TableCell>
                  {table.columns.map((c) => {
                    const s = cellState(row.cells[c]);
                    return (
                      <TableCell key={c} align="right" data-column={c} data-state={s.kind}>
                        {s.kind === 'suppressed' ? (
                          <em>{translate('binome.impact.suppressed')}</em>
                        ) : s.kind === 'empty' ? (
                          <span>{translate('binome.impact.empty')}</span>
                        ) : (
                          <>
                            <strong>{percent(s.value)}</strong>{' '}
                            <span>{translate('binome.impact.interval', { lower: percent(s.lower), upper: percent(s.upper) })}</span>
                            <br />
                            <span>{translate('binome.impact.counts', { numerator: s.numerator, denominator: s.denominator })}</span>
                            {s.responseRate !== undefined && (
                              <>
                                {' · '}
                                <span>{translate('binome.impact.response_rate', { rate: percent(s.responseRate) })}</span>
                              </>
                            )}
                          </>
                        )}
                      </TableCell>
                    );
                  })}
                  <TableCell align="right">{percent(row.published)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
        <Typography variant="caption" component="p" sx={{ mt: 1 }}>
          {translate('binome.impact.legend')}
        </Typography>
      </CardContent>
    </Card>
  );
}
