import { Card, Table, TableBody, TableCell, TableHead, TableRow, Typography, Box } from '@mui/material';
import { Title, useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { StatusChip, useFormatters } from '../common/fields';

interface TriageRow {
  id: string;
  pairId: string;
  territoryId: string;
  status: string;
  startedOn: string;
  konnecteurId?: string;
  reasons: { code: string; text: string }[];
}

/** The follow-up queue: pairs worst health first, with the reasons scheduling gives. */
export function TriagePage() {
  const translate = useTranslate();
  const f = useFormatters();
  const { data = [], total } = useGetList<TriageRow>('triage', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'id', order: 'ASC' },
  });
  return (
    <Box sx={{ p: 2 }}>
      <Title title="binome.triage.title" />
      <Typography variant="body2" sx={{ mb: 1 }}>
        {total ?? 0}
      </Typography>
      <Card variant="outlined">
        <Table size="small" aria-label={translate('binome.triage.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.triage.fields.status')}</TableCell>
              <TableCell>{translate('binome.triage.reasons')}</TableCell>
              <TableCell>{translate('binome.territory')}</TableCell>
              <TableCell>{translate('resources.triage.fields.startedOn')}</TableCell>
              <TableCell>{translate('resources.triage.fields.pairId')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.length === 0 && (
              <TableRow>
                <TableCell colSpan={5}>{translate('binome.triage.empty')}</TableCell>
              </TableRow>
            )}
            {data.map((row) => (
              <TableRow key={row.pairId}>
                <TableCell>
                  <StatusChip value={row.status} />
                </TableCell>
                <TableCell>{row.reasons.map((r) => r.text).join(' · ') || '—'}</TableCell>
                <TableCell>{row.territoryId}</TableCell>
                <TableCell>{f.date(row.startedOn)}</TableCell>
                <TableCell>
                  <Link to={`/pairs/${row.pairId}/show`}>{row.pairId.slice(0, 8)}</Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
    </Box>
  );
}
