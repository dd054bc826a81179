import { useEffect, useState } from 'react';
import { Alert, Box, Button, Card, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Title, useGetMany, useNotify, useTranslate } from 'react-admin';
import { useBinome, useConsolePermissions } from '../common/console-context';
import { useFormatters } from '../common/fields';

interface EmployeeHours {
  volunteerId: string;
  territoryId: string;
  promotionId: string;
  capHours: number;
  heldHours: number;
  plannedHours: number;
  hoursLeft: number;
  trainedOn?: string;
}

/**
 * Company HR: their employees' engagement hours as scheduling counts them (training day, meetings,
 * events; held and planned, against the 3.5-day cap) and each one's attestation. Volunteer records
 * and hours only — the matrix gives HR no candidate, pair or meeting: nothing about the people
 * their employees support.
 */
export function EngagementPage() {
  const translate = useTranslate();
  const binome = useBinome();
  const notify = useNotify();
  const f = useFormatters();
  const companyId = useConsolePermissions()?.principal.companyId;
  const [hours, setHours] = useState<EmployeeHours[]>();
  useEffect(() => {
    if (companyId)
      binome.call<EmployeeHours[]>('scheduling', 'GET', `/v1/companies/${companyId}/engagement-hours`).then(
        (r) => setHours(r.data),
        (e: Error) => (setHours([]), notify(e.message, { type: 'error' })),
      );
  }, [binome, companyId, notify]);
  const ids = (hours ?? []).map((h) => h.volunteerId);
  const { data: volunteers = [] } = useGetMany('volunteers', { ids }, { enabled: ids.length > 0 });
  const nameOf = (id: string) => {
    const v = volunteers.find((x) => x.id === id);
    return v ? `${v.identity?.firstName ?? ''} ${v.identity?.lastName ?? ''}` : id.slice(0, 8);
  };
  const attestation = async (h: EmployeeHours) => {
    try {
      const pdf = await binome.download('scheduling', `/v1/companies/${companyId}/volunteers/${h.volunteerId}/attestation.pdf`);
      const url = URL.createObjectURL(pdf);
      Object.assign(document.createElement('a'), { href: url, download: `attestation-${h.volunteerId}.pdf` }).click();
      URL.revokeObjectURL(url);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  const sum = (k: 'heldHours' | 'plannedHours') => (hours ?? []).reduce((s, h) => s + h[k], 0);
  const h = (n: number) => translate('binome.engagement.hours', { hours: f.number(n) });
  return (
    <Box sx={{ p: 2 }}>
      <Title title="binome.engagement.title" />
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('binome.engagement.help')}
      </Alert>
      <Card variant="outlined">
        <Table size="small" aria-label={translate('binome.engagement.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.volunteers.name', { smart_count: 1 })}</TableCell>
              <TableCell>{translate('resources.volunteers.fields.territoryId')}</TableCell>
              <TableCell>{translate('binome.engagement.trained')}</TableCell>
              <TableCell align="right">{translate('binome.engagement.held_hours')}</TableCell>
              <TableCell align="right">{translate('binome.engagement.planned_hours')}</TableCell>
              <TableCell align="right">{translate('binome.engagement.cap_hours')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {(hours ?? []).map((e) => (
              <TableRow key={`${e.volunteerId}-${e.promotionId}`}>
                <TableCell>{nameOf(e.volunteerId)}</TableCell>
                <TableCell>{e.territoryId}</TableCell>
                <TableCell>{e.trainedOn ? f.date(e.trainedOn) : '—'}</TableCell>
                <TableCell align="right">{h(e.heldHours)}</TableCell>
                <TableCell align="right">{h(e.plannedHours)}</TableCell>
                <TableCell align="right">{h(e.capHours)}</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => void attestation(e)}>
                    {translate('binome.engagement.attestation')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell colSpan={3}>
                <strong>{translate('binome.engagement.total')}</strong>
              </TableCell>
              <TableCell align="right" data-testid="engagement-held">
                <strong>{h(sum('heldHours'))}</strong>
              </TableCell>
              <TableCell align="right" data-testid="engagement-total">
                <strong>{h(sum('plannedHours'))}</strong>
              </TableCell>
              <TableCell colSpan={2} />
            </TableRow>
          </TableBody>
        </Table>
      </Card>
    </Box>
  );
}
