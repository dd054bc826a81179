import { Alert, Box, Card, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Title, useGetList, useTranslate } from 'react-admin';
import { StatusChip, useFormatters } from '../common/fields';

// A training day and the committed days are counted at 7 hours (scheduling's ledger does the same).
const HOURS_PER_DAY = 7;

/**
 * Company HR: their employees' engagement — who volunteers, where they stand, the hours they
 * committed and whether they attended the training day. Only volunteer records (the matrix gives
 * HR no candidate, pair or meeting): nothing about the people they support.
 */
export function EngagementPage() {
  const translate = useTranslate();
  const f = useFormatters();
  const { data = [] } = useGetList('volunteers', { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } });
  const total = data.reduce((sum, v) => sum + (v.commitment?.plannedDays ?? 0) * HOURS_PER_DAY, 0);
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
              <TableCell>{translate('resources.volunteers.fields.lastName')}</TableCell>
              <TableCell>{translate('resources.volunteers.fields.firstName')}</TableCell>
              <TableCell>{translate('resources.volunteers.fields.territoryId')}</TableCell>
              <TableCell>{translate('resources.volunteers.fields.status')}</TableCell>
              <TableCell>{translate('binome.engagement.trained')}</TableCell>
              <TableCell align="right">{translate('binome.engagement.planned_hours')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((v) => (
              <TableRow key={v.id}>
                <TableCell>{v.identity?.lastName}</TableCell>
                <TableCell>{v.identity?.firstName}</TableCell>
                <TableCell>{v.territoryId}</TableCell>
                <TableCell>
                  <StatusChip value={v.status} />
                </TableCell>
                <TableCell>{v.training?.attendedOn ? f.date(v.training.attendedOn) : '—'}</TableCell>
                <TableCell align="right">
                  {translate('binome.engagement.hours', { hours: f.number((v.commitment?.plannedDays ?? 0) * HOURS_PER_DAY) })}
                </TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell colSpan={5}>
                <strong>Total</strong>
              </TableCell>
              <TableCell align="right" data-testid="engagement-total">
                <strong>{translate('binome.engagement.hours', { hours: f.number(total) })}</strong>
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </Card>
    </Box>
  );
}
