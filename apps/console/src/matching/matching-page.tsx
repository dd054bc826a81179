import { useCallback, useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Title, useGetList, useGetMany, useNotify, useTranslate, type RaRecord } from 'react-admin';
import { Link, useSearchParams } from 'react-router-dom';
import { useBinome } from '../common/console-context';
import { StatusChip, useFormatters } from '../common/fields';
import type { ApiError } from '../data/problem';
import { CriteriaBars, type Contribution } from './criteria';

interface Pair extends RaRecord {
  beneficiaryId: string;
  volunteerId: string;
  status: string;
  score: number;
  contributions: Contribution[];
  pinned: boolean;
  explanation?: { summary: string; details?: Record<string, unknown> };
}
interface Proposal {
  territoryId: string;
  pins: { beneficiaryId: string; volunteerId: string }[];
  bans: { beneficiaryId: string; volunteerId: string }[];
  latest?: { ranAt: string; pairCount: number; totalScore: number; unmatchedBeneficiaryIds: string[] };
}
interface Explanation {
  kind: string;
  summary: string;
}

const name = (r?: RaRecord) => (r ? `${r.identity?.firstName ?? ''} ${r.identity?.lastName ?? ''}`.trim() : '…');

/**
 * Matching for one promotion: run the globally optimal proposal, read each pair's per-criterion
 * score and explanation, ask "why not this pair", pin or ban pairs, approve or reject proposals.
 */
export function MatchingPage() {
  const translate = useTranslate();
  const binome = useBinome();
  const notify = useNotify();
  const f = useFormatters();
  const [params, setParams] = useSearchParams();
  const promotionId = params.get('promotionId') ?? '';
  const { data: promotions = [] } = useGetList('promotions', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'startsOn', order: 'DESC' },
  });
  const promotion = promotions.find((p) => p.id === promotionId);
  const [proposal, setProposal] = useState<Proposal>();
  const [pairs, setPairs] = useState<Pair[]>([]);
  const [explained, setExplained] = useState<Pair>();
  const [whyNot, setWhyNot] = useState<{ beneficiaryId: string; volunteerId: string }>({ beneficiaryId: '', volunteerId: '' });
  const [whyNotAnswer, setWhyNotAnswer] = useState<Explanation>();

  const load = useCallback(async () => {
    if (!promotionId) return;
    const [p, list] = await Promise.all([
      binome.call<Proposal>('matching', 'GET', `/v1/promotions/${promotionId}/proposal`).catch(() => ({ data: undefined })),
      binome.getList<Pair>('pairs', {
        filter: { promotionId },
        pagination: { page: 1, perPage: 100 },
        sort: { field: 'id', order: 'ASC' },
      }),
    ]);
    setProposal(p.data);
    setPairs(list.data);
  }, [binome, promotionId]);
  useEffect(() => void load(), [load]);

  const beneficiaryIds = [...new Set(pairs.map((p) => p.beneficiaryId).concat(proposal?.latest?.unmatchedBeneficiaryIds ?? []))];
  const volunteerIds = [...new Set(pairs.map((p) => p.volunteerId))];
  const { data: beneficiaries = [] } = useGetMany('candidates', { ids: beneficiaryIds }, { enabled: beneficiaryIds.length > 0 });
  const { data: volunteers = [] } = useGetMany('volunteers', { ids: volunteerIds }, { enabled: volunteerIds.length > 0 });
  const { data: cohortVolunteers = [] } = useGetList(
    'volunteers',
    { filter: { promotionId }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!promotionId },
  );
  const { data: cohortBeneficiaries = [] } = useGetList(
    'candidates',
    { filter: { promotionId, status: 'admitted' }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!promotionId },
  );
  const beneficiary = (id: string) => beneficiaries.find((b) => b.id === id) ?? cohortBeneficiaries.find((b) => b.id === id);
  const volunteer = (id: string) => volunteers.find((v) => v.id === id) ?? cohortVolunteers.find((v) => v.id === id);

  const act = async (what: () => Promise<unknown>, success?: string) => {
    try {
      await what();
      if (success) notify(success, { type: 'success' });
      await load();
    } catch (e) {
      notify((e as ApiError).message, { type: 'error' });
    }
  };
  const territoryId = (promotion?.territoryId as string | undefined) ?? proposal?.territoryId;
  const run = () =>
    act(async () => {
      const { data } = await binome.call<{ pairCount?: number; pairs?: unknown[] }>(
        'matching',
        'POST',
        `/v1/promotions/${promotionId}/proposals`,
        { json: { territoryId } },
      );
      notify(translate('binome.matching.ran', { smart_count: data.pairCount ?? data.pairs?.length ?? 0 }), { type: 'success' });
    });
  const explain = async (pair: Pair) => setExplained((await binome.getOne<Pair>('pairs', { id: pair.id })).data);
  const askWhyNot = async () => {
    try {
      const { data } = await binome.call<Explanation>('matching', 'GET', `/v1/promotions/${promotionId}/explanations`, { query: whyNot });
      setWhyNotAnswer(data);
    } catch (e) {
      setWhyNotAnswer({ kind: 'error', summary: (e as ApiError).message });
    }
  };
  const constraint = (kind: 'pins' | 'bans', pair: { beneficiaryId: string; volunteerId: string }, remove = false) =>
    act(() =>
      remove
        ? binome.call('matching', 'DELETE', `/v1/promotions/${promotionId}/${kind}/${pair.beneficiaryId}/${pair.volunteerId}`)
        : binome.call('matching', 'POST', `/v1/promotions/${promotionId}/${kind}`, { json: { territoryId, ...pair } }),
    );

  return (
    <Box sx={{ p: 2 }}>
      <Title title="binome.matching.title" />
      <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }}>
        <FormControl sx={{ minWidth: 280 }} size="small">
          <InputLabel id="promotion-label">{translate('binome.matching.choose_promotion')}</InputLabel>
          <Select
            labelId="promotion-label"
            value={promotionId}
            label={translate('binome.matching.choose_promotion')}
            onChange={(e) => setParams({ promotionId: String(e.target.value) })}
          >
            {promotions.map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {p.name} ({p.territoryId})
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <Button variant="contained" disabled={!promotionId} onClick={() => void run()}>
          {translate('binome.matching.run')}
        </Button>
      </Stack>
      {promotionId && (
        <Typography sx={{ mb: 1 }}>
          {proposal?.latest
            ? translate('binome.matching.last_run', {
                date: f.dateTime(proposal.latest.ranAt),
                pairs: proposal.latest.pairCount,
                score: f.number(proposal.latest.totalScore),
              })
            : translate('binome.matching.no_proposal')}
          {proposal?.latest?.unmatchedBeneficiaryIds.length
            ? ` · ${translate('binome.matching.unmatched', { count: proposal.latest.unmatchedBeneficiaryIds.length })}`
            : ''}
        </Typography>
      )}
      {pairs.length > 0 && (
        <Card variant="outlined">
          <Table size="small" aria-label={translate('binome.matching.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('binome.matching.beneficiary')}</TableCell>
                <TableCell>{translate('binome.matching.volunteer')}</TableCell>
                <TableCell>{translate('resources.pairs.fields.status')}</TableCell>
                <TableCell align="right">{translate('binome.matching.score')}</TableCell>
                <TableCell>{translate('binome.matching.criteria')}</TableCell>
                <TableCell>{translate('ra.action.show')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {pairs.map((pair) => (
                <TableRow key={pair.id} data-testid={`pair-${pair.id}`}>
                  <TableCell>{name(beneficiary(pair.beneficiaryId))}</TableCell>
                  <TableCell>{name(volunteer(pair.volunteerId))}</TableCell>
                  <TableCell>
                    <StatusChip value={pair.status} />
                  </TableCell>
                  <TableCell align="right">{f.number(pair.score)}</TableCell>
                  <TableCell>
                    <CriteriaBars contributions={pair.contributions} />
                  </TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap>
                      <Button size="small" onClick={() => void explain(pair)}>
                        {translate('binome.matching.explain')}
                      </Button>
                      {pair.status === 'proposed' && (
                        <>
                          <Button
                            size="small"
                            variant="contained"
                            onClick={() =>
                              void act(() => binome.command('pairs', pair.id, 'approve'), translate('binome.matching.approved'))
                            }
                          >
                            {translate('binome.matching.approve')}
                          </Button>
                          <Button size="small" color="error" onClick={() => void act(() => binome.command('pairs', pair.id, 'reject'))}>
                            {translate('binome.matching.reject')}
                          </Button>
                          {!pair.pinned && (
                            <Button size="small" onClick={() => void constraint('pins', pair)}>
                              {translate('binome.matching.pin')}
                            </Button>
                          )}
                        </>
                      )}
                      <Button size="small" component={Link} to={`/pairs/${pair.id}/show`}>
                        {translate('resources.pairs.name', { smart_count: 1 })}
                      </Button>
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
      {promotionId && (
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mt: 2 }}>
          <Card variant="outlined" sx={{ flex: 2 }}>
            <CardContent>
              <Typography variant="h6" component="h2">
                {translate('binome.matching.why_not')}
              </Typography>
              <Typography variant="body2" sx={{ mb: 1 }}>
                {translate('binome.matching.why_not_help')}
              </Typography>
              <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
                <FormControl size="small" sx={{ minWidth: 200 }}>
                  <InputLabel id="whynot-b">{translate('binome.matching.beneficiary')}</InputLabel>
                  <Select
                    labelId="whynot-b"
                    value={whyNot.beneficiaryId}
                    label={translate('binome.matching.beneficiary')}
                    onChange={(e) => setWhyNot({ ...whyNot, beneficiaryId: String(e.target.value) })}
                  >
                    {cohortBeneficiaries.map((b) => (
                      <MenuItem key={b.id} value={b.id}>
                        {name(b)}
                      </MenuItem>
                    ))}
                  </Select>
                </FormControl>
                <FormControl size="small" sx={{ minWidth: 200 }}>
                  <InputLabel id="whynot-v">{translate('binome.matching.volunteer')}</InputLabel>
                  <Select
                    labelId="whynot-v"
                    value={whyNot.volunteerId}
                    label={translate('binome.matching.volunteer')}
                    onChange={(e) => setWhyNot({ ...whyNot, volunteerId: String(e.target.value) })}
                  >
                    {cohortVolunteers.map((v) => (
                      <MenuItem key={v.id} value={v.id}>
                        {name(v)}
                      </MenuItem>
                    ))}
                  </Select>
                </FormControl>
                <Button variant="outlined" disabled={!whyNot.beneficiaryId || !whyNot.volunteerId} onClick={() => void askWhyNot()}>
                  {translate('binome.matching.ask')}
                </Button>
                <Button disabled={!whyNot.beneficiaryId || !whyNot.volunteerId} onClick={() => void constraint('pins', whyNot)}>
                  {translate('binome.matching.pin')}
                </Button>
                <Button
                  color="error"
                  disabled={!whyNot.beneficiaryId || !whyNot.volunteerId}
                  onClick={() => void constraint('bans', whyNot)}
                >
                  {translate('binome.matching.ban')}
                </Button>
              </Stack>
              {whyNotAnswer && (
                <Alert severity={whyNotAnswer.kind === 'error' ? 'error' : 'info'} sx={{ mt: 1 }} role="status">
                  {whyNotAnswer.summary}
                </Alert>
              )}
            </CardContent>
          </Card>
          <Card variant="outlined" sx={{ flex: 1 }}>
            <CardContent>
              {(['pins', 'bans'] as const).map((kind) => (
                <Box key={kind} sx={{ mb: 1 }}>
                  <Typography variant="subtitle1" component="h2">
                    {translate(`binome.matching.${kind}`)}
                  </Typography>
                  {(proposal?.[kind] ?? []).map((c) => (
                    <Stack key={`${c.beneficiaryId}-${c.volunteerId}`} direction="row" alignItems="center" spacing={1}>
                      <Typography variant="body2">
                        {name(beneficiary(c.beneficiaryId))} — {name(volunteer(c.volunteerId))}
                      </Typography>
                      <Button size="small" onClick={() => void constraint(kind, c, true)}>
                        {translate('binome.matching.remove')}
                      </Button>
                    </Stack>
                  ))}
                </Box>
              ))}
            </CardContent>
          </Card>
        </Stack>
      )}
      <Dialog open={!!explained} onClose={() => setExplained(undefined)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('binome.matching.explain')}</DialogTitle>
        <DialogContent>
          {explained && (
            <>
              <Typography sx={{ mb: 2 }} data-testid="explanation-summary">
                {explained.explanation?.summary}
              </Typography>
              <CriteriaBars contributions={explained.contributions} />
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setExplained(undefined)}>{translate('ra.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
