import { useEffect, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  CheckboxGroupInput,
  Datagrid,
  DateTimeInput,
  FunctionField,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextInput,
  required,
  useListContext,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { CommandForm } from '../../common/command-form';
import { choicesOf, StatusChip, useFormatters } from '../../common/fields';
import { useBinome, useConsolePermissions } from '../../common/console-context';
import { canWrite } from '../../auth/access';
import { CriteriaBars } from '../../matching/criteria';
import type { ApiError } from '../../data/problem';

const personName = (r: RaRecord) => `${r.identity?.firstName ?? ''} ${r.identity?.lastName ?? ''}`.trim();
const TOPICS = [
  'cv',
  'cover-letter',
  'professional-codes',
  'network',
  'trade-or-training-choice',
  'interview-preparation',
  'administrative-steps',
  'other',
] as const;
const NEXT: Record<string, string[]> = { proposed: [], confirmed: ['active', 'dissolved'], active: ['completed', 'dissolved'] };

function PromotionRequired() {
  const { filterValues } = useListContext();
  const translate = useTranslate();
  return filterValues.promotionId ? null : <Alert severity="info">{translate('binome.matching.choose_promotion')}</Alert>;
}

export function PairList() {
  return (
    <List
      filters={[
        <ReferenceInput key="promotionId" source="promotionId" reference="promotions" alwaysOn>
          <SelectInput optionText="name" />
        </ReferenceInput>,
        <SelectInput
          key="status"
          source="status"
          choices={choicesOf(['proposed', 'confirmed', 'active', 'completed', 'dissolved'], 'binome.status')}
          alwaysOn
        />,
      ]}
      empty={false}
      aside={undefined}
    >
      <PromotionRequired />
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ReferenceField source="beneficiaryId" reference="candidates" link={false} sortable={false}>
          <FunctionField render={personName} />
        </ReferenceField>
        <ReferenceField source="volunteerId" reference="volunteers" link={false} sortable={false}>
          <FunctionField render={personName} />
        </ReferenceField>
        <StatusChip source="status" label="resources.pairs.fields.status" />
        <NumberField source="score" sortable={false} />
      </Datagrid>
    </List>
  );
}

interface Health {
  status: string;
  reasons: { code: string; text: string }[];
}
interface Ledger {
  capHours: number;
  plannedHours: number;
  heldHours: number;
  hoursLeft: number;
  forecast?: { message: string; fits: boolean };
}
interface Meeting {
  id: string;
  status: string;
  startsAt: string;
  durationMinutes: number;
  place: string;
  topics: string[];
  agreement: string;
}

function useScheduling(pairId: string | undefined) {
  const binome = useBinome();
  const [state, setState] = useState<{ health?: Health; ledger?: Ledger; meetings: Meeting[] }>({ meetings: [] });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!pairId) return;
    const safe = <T,>(p: Promise<{ data: T }>) => p.then((r) => r.data).catch(() => undefined);
    void Promise.all([
      safe(binome.call<Health>('scheduling', 'GET', `/v1/pairs/${pairId}/health`)),
      safe(binome.call<Ledger>('scheduling', 'GET', `/v1/pairs/${pairId}/ledger`)),
      safe(
        binome.getList<Meeting & RaRecord>('meetings', {
          filter: { pairId },
          pagination: { page: 1, perPage: 100 },
          sort: { field: 'startsAt', order: 'ASC' },
        }),
      ),
    ]).then(([health, ledger, meetings]) => setState({ health, ledger, meetings: (meetings as Meeting[] | undefined) ?? [] }));
  }, [binome, pairId, version]);
  return { ...state, reload: () => setVersion((v) => v + 1) };
}

function MeetingForm({ pairId, kind, onDone }: { pairId: string; kind: 'meetings' | 'logged-meetings'; onDone: () => void }) {
  const binome = useBinome();
  const t = 'binome.pairs';
  return (
    <CommandForm
      resource="pairs"
      id={pairId}
      action={kind}
      label={kind === 'meetings' ? `${t}.plan` : `${t}.log`}
      success={kind === 'meetings' ? `${t}.planned_ok` : `${t}.logged_ok`}
      defaultValues={{ durationMinutes: 120, place: 'workplace', topics: [] }}
      transform={(v) => ({ ...v, startsAt: v.startsAt ? new Date(String(v.startsAt)).toISOString() : v.startsAt })}
      onDone={onDone}
      send={(json) => binome.call('scheduling', 'POST', `/v1/pairs/${pairId}/${kind}`, { json })}
    >
      <DateTimeInput source="startsAt" label={`${t}.startsAt`} validate={required()} />
      <NumberInput source="durationMinutes" label={`${t}.durationMinutes`} min={15} />
      <SelectInput source="place" label={`${t}.place`} choices={choicesOf(['workplace', 'phone', 'video'])} />
      <CheckboxGroupInput source="topics" label={`${t}.topics`} choices={choicesOf(TOPICS)} />
      <TextInput source="note" fullWidth />
    </CommandForm>
  );
}

function SchedulingPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const binome = useBinome();
  const notify = useNotify();
  const f = useFormatters();
  const writer = canWrite(useConsolePermissions(), 'meetings');
  const { health, ledger, meetings, reload } = useScheduling(record ? String(record.id) : undefined);
  if (!record) return null;
  const attend = (m: Meeting, tookPlace: boolean) =>
    binome.call('scheduling', 'POST', `/v1/meetings/${m.id}/attendance`, { json: { tookPlace } }).then(
      () => (notify('binome.pairs.attendance_ok', { type: 'success' }), reload()),
      (e: ApiError) => notify(e.message, { type: 'error' }),
    );
  const cancel = (m: Meeting) =>
    binome
      .call('scheduling', 'POST', `/v1/meetings/${m.id}/cancellation`, { json: {} })
      .then(reload, (e: ApiError) => notify(e.message, { type: 'error' }));
  return (
    <Stack spacing={2}>
      {health && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" component="h2">
              {translate('binome.pairs.health')}
            </Typography>
            <StatusChip value={health.status} />
            {health.reasons.map((r) => (
              <Typography key={r.code} variant="body2">
                {r.text}
              </Typography>
            ))}
          </CardContent>
        </Card>
      )}
      {ledger && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" component="h2">
              {translate('binome.pairs.ledger')}
            </Typography>
            <Typography>
              {translate('binome.pairs.ledger_text', {
                held: f.number(ledger.heldHours),
                planned: f.number(ledger.plannedHours),
                left: f.number(ledger.hoursLeft),
                cap: f.number(ledger.capHours),
              })}
            </Typography>
            {ledger.forecast && <Alert severity={ledger.forecast.fits ? 'success' : 'warning'}>{ledger.forecast.message}</Alert>}
          </CardContent>
        </Card>
      )}
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2">
            {translate('binome.pairs.meetings')}
          </Typography>
          <Table size="small" aria-label={translate('binome.pairs.meetings')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('binome.pairs.startsAt')}</TableCell>
                <TableCell>{translate('resources.meetings.fields.status')}</TableCell>
                <TableCell>{translate('binome.pairs.place')}</TableCell>
                <TableCell>{translate('binome.pairs.agreement')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {meetings.map((m) => (
                <TableRow key={m.id} data-testid="meeting-row">
                  <TableCell>{f.dateTime(m.startsAt)}</TableCell>
                  <TableCell>
                    <StatusChip value={m.status} />
                  </TableCell>
                  <TableCell>{m.place}</TableCell>
                  <TableCell>{m.agreement}</TableCell>
                  <TableCell>
                    {writer && m.status === 'planned' && (
                      <Stack direction="row" spacing={1}>
                        <Button size="small" onClick={() => void attend(m, true)}>
                          {translate('binome.pairs.took_place')}
                        </Button>
                        <Button size="small" onClick={() => void attend(m, false)}>
                          {translate('binome.pairs.did_not_take_place')}
                        </Button>
                        <Button size="small" color="error" onClick={() => void cancel(m)}>
                          {translate('binome.pairs.cancel')}
                        </Button>
                      </Stack>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      {writer && ['confirmed', 'active'].includes(record.status as string) && (
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <Card variant="outlined" sx={{ flex: 1 }}>
            <CardContent>
              <Typography variant="h6" component="h2">
                {translate('binome.pairs.plan')}
              </Typography>
              <MeetingForm pairId={String(record.id)} kind="meetings" onDone={reload} />
            </CardContent>
          </Card>
          <Card variant="outlined" sx={{ flex: 1 }}>
            <CardContent>
              <Typography variant="h6" component="h2">
                {translate('binome.pairs.log')}
              </Typography>
              <MeetingForm pairId={String(record.id)} kind="logged-meetings" onDone={reload} />
            </CardContent>
          </Card>
        </Stack>
      )}
    </Stack>
  );
}

function Lifecycle() {
  const record = useRecordContext();
  const binome = useBinome();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  if (!record || !canWrite(useConsolePermissions(), 'pairs')) return null;
  const next = NEXT[record.status as string] ?? [];
  return (
    <Stack spacing={1} sx={{ my: 1 }}>
      {next.includes('active') && (
        <Button
          variant="outlined"
          onClick={() =>
            binome
              .command('pairs', record.id, 'transitions', { to: 'active' })
              .then(refresh, (e: ApiError) => notify(e.message, { type: 'error' }))
          }
        >
          {translate('binome.pairs.transition', { status: translate('binome.status.active') })}
        </Button>
      )}
      {next.includes('completed') && (
        <Button
          variant="outlined"
          onClick={() =>
            binome
              .command('pairs', record.id, 'transitions', { to: 'completed' })
              .then(refresh, (e: ApiError) => notify(e.message, { type: 'error' }))
          }
        >
          {translate('binome.pairs.transition', { status: translate('binome.status.completed') })}
        </Button>
      )}
      {next.includes('dissolved') && (
        <Box sx={{ maxWidth: 360 }}>
          <CommandForm
            resource="pairs"
            id={record.id}
            action="transitions"
            label={translate('binome.pairs.transition', { status: translate('binome.status.dissolved') })}
            defaultValues={{ to: 'dissolved' }}
          >
            <SelectInput
              source="reason"
              label="binome.pairs.dissolve_reason"
              choices={choicesOf(['beneficiary-withdrew', 'volunteer-withdrew', 'incompatibility', 'non-attendance', 'other'])}
              validate={required()}
            />
          </CommandForm>
        </Box>
      )}
      {record.status === 'dissolved' && (
        <Button
          variant="contained"
          onClick={() => binome.command('pairs', record.id, 'rematch').then(refresh, (e: ApiError) => notify(e.message, { type: 'error' }))}
        >
          {translate('binome.matching.rematch')}
        </Button>
      )}
    </Stack>
  );
}

function Explanation() {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Box>
      <Typography data-testid="pair-explanation">{record.explanation?.summary}</Typography>
      <CriteriaBars contributions={record.contributions ?? []} />
    </Box>
  );
}

export function PairShow() {
  return (
    <Show>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', p: 2 }}>
        <Box sx={{ flex: '1 1 320px' }}>
          <SimpleShowLayout>
            <ReferenceField source="beneficiaryId" reference="candidates" link="show">
              <FunctionField render={personName} />
            </ReferenceField>
            <ReferenceField source="volunteerId" reference="volunteers" link="show">
              <FunctionField render={personName} />
            </ReferenceField>
            <ReferenceField source="promotionId" reference="promotions" link="show" />
            <StatusChip source="status" label="resources.pairs.fields.status" />
            <NumberField source="score" />
            <Explanation />
            <Lifecycle />
          </SimpleShowLayout>
        </Box>
        <Box sx={{ flex: '2 1 480px' }}>
          <SchedulingPanel />
        </Box>
      </Box>
    </Show>
  );
}
