import { useEffect, useState } from 'react';
import { Box, Card, CardContent, Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { Title, useCreatePath, useTranslate } from 'react-admin';
import { useBinome } from '../common/console-context';
import { useFormatters, StatusChip } from '../common/fields';
import { statusUpdates, type PartnerReferral, type StatusUpdate } from './partner-updates';

const STATUSES = ['sent', 'accepted', 'converted', 'closed'] as const;

/**
 * A partner organisation's home: its referrals by status and their latest status updates, as
 * recruitment serves them to a partner (only those addressed to it and shared with consent,
 * minimised). The counts are the service's `X-Total-Count`.
 */
export function PartnerHome() {
  const translate = useTranslate();
  const binome = useBinome();
  const createPath = useCreatePath();
  const f = useFormatters();
  const [counts, setCounts] = useState<Record<string, number>>();
  const [updates, setUpdates] = useState<StatusUpdate[]>();
  useEffect(() => {
    const sort = { field: 'createdAt', order: 'DESC' as const };
    void Promise.all(
      STATUSES.map(async (status) => {
        const { total } = await binome.getList('referrals', { pagination: { page: 1, perPage: 1 }, sort, filter: { status } });
        return [status, total ?? 0] as const;
      }),
    ).then((c) => setCounts(Object.fromEntries(c)));
    void binome
      .getList('referrals', { pagination: { page: 1, perPage: 100 }, sort, filter: {} })
      .then(({ data }) => setUpdates(statusUpdates(data as unknown as PartnerReferral[])));
  }, [binome]);

  return (
    <Box sx={{ p: 2 }}>
      <Title title="binome.partner.title" />
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        {translate('binome.partner.title')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{translate('binome.partner.help')}</Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Card variant="outlined" sx={{ flex: '1 1 280px' }}>
          <CardContent>
            <Typography variant="h6" component="h2">
              {translate('binome.partner.by_status')}
            </Typography>
            <List dense data-testid="partner-counts">
              {STATUSES.map((s) => (
                <ListItem key={s} data-status={s}>
                  <ListItemText primary={translate(`binome.status.${s}`)} />
                  <Typography component="span" fontWeight="bold">
                    {counts ? f.number(counts[s] ?? 0) : '…'}
                  </Typography>
                </ListItem>
              ))}
            </List>
          </CardContent>
        </Card>
        <Card variant="outlined" sx={{ flex: '2 1 420px' }}>
          <CardContent>
            <Typography variant="h6" component="h2">
              {translate('binome.partner.updates')}
            </Typography>
            {updates?.length === 0 && <Typography>{translate('binome.partner.none')}</Typography>}
            <List dense data-testid="partner-updates">
              {(updates ?? []).map((u) => (
                <ListItem key={`${u.referralId}-${u.status}-${u.at}`} divider>
                  <ListItemText
                    primary={
                      <Link component={RouterLink} to={createPath({ resource: 'referrals', id: u.referralId, type: 'show' })}>
                        {u.name || u.referralId.slice(0, 8)}
                      </Link>
                    }
                    secondary={`${translate(`binome.referrals.directions.${u.direction}`, { _: u.direction })} · ${f.dateTime(u.at)}`}
                  />
                  <StatusChip value={u.status} />
                </ListItem>
              ))}
            </List>
          </CardContent>
        </Card>
      </Box>
    </Box>
  );
}
