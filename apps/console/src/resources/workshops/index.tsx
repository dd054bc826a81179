import { useState } from 'react';
import EventSeatIcon from '@mui/icons-material/EventSeat';
import GroupsIcon from '@mui/icons-material/Groups';
import { Box, Button, Card, CardContent, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import {
  Datagrid,
  List,
  NumberField,
  ReferenceField,
  ReferenceInput,
  Show,
  SimpleShowLayout,
  TextField,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { LocaleDate, StatusChip, useFormatters } from '../../common/fields';
import { useBinome, useConsolePermissions } from '../../common/console-context';
import { canWrite } from '../../auth/access';
import type { ApiError } from '../../data/problem';

const MARKS = ['present', 'late', 'excused', 'absent'] as const;

function WorkshopList() {
  return (
    <List>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <TextField source="format" sortable={false} />
        <TextField source="territoryId" sortable={false} />
        <NumberField source="durationMinutes" sortable={false} />
      </Datagrid>
    </List>
  );
}

function WorkshopShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <TextField source="description" emptyText="—" />
        <TextField source="format" />
        <TextField source="competencies" />
      </SimpleShowLayout>
    </Show>
  );
}

export const workshops = { list: WorkshopList, show: WorkshopShow, icon: GroupsIcon, recordRepresentation: 'title' };

function SessionList() {
  return (
    <List
      filters={[<ReferenceInput key="workshopId" source="workshopId" reference="workshops" alwaysOn />]}
      sort={{ field: 'startsAt', order: 'ASC' }}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <LocaleDate source="startsAt" time label="resources.sessions.fields.startsAt" sortable={false} />
        <ReferenceField source="workshopId" reference="workshops" link={false} sortable={false} />
        <TextField source="territoryId" sortable={false} />
        <TextField source="format" sortable={false} />
        <NumberField source="seatsTaken.beneficiaries" sortable={false} />
        <NumberField source="capacity.beneficiaries" sortable={false} />
        <NumberField source="waitlisted.beneficiaries" sortable={false} />
        <StatusChip source="status" label="resources.sessions.fields.status" />
      </Datagrid>
    </List>
  );
}

interface Registration {
  id: string;
  personId: string;
  pool: string;
  status: string;
  rank?: number;
  reason?: string;
  attendance?: string;
}

/**
 * The roll call, made for a phone held in the room: one row per seated person, four large marks,
 * one button to record them all (PUT …/attendance); the waitlist below in its order.
 */
function RollCall() {
  const record = useRecordContext();
  const binome = useBinome();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const writer = canWrite(useConsolePermissions(), 'sessions');
  const registrations = (record?.registrations ?? []) as Registration[];
  const [marks, setMarks] = useState<Record<string, string>>({});
  if (!record) return null;
  const seated = registrations.filter((r) => r.status === 'registered');
  const waitlist = registrations.filter((r) => r.status === 'waitlisted').sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const markOf = (r: Registration) => marks[r.id] ?? r.attendance ?? '';
  const save = () =>
    binome
      .call('workshops', 'PUT', `/v1/sessions/${record.id}/attendance`, {
        json: { marks: seated.filter((r) => markOf(r)).map((r) => ({ registrationId: r.id, mark: markOf(r) })) },
      })
      .then(
        () => (notify('binome.workshops.attendance_ok', { type: 'success' }), refresh()),
        (e: ApiError) => notify(e.message, { type: 'error' }),
      );
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2">
            {translate('binome.workshops.roll_call')}
          </Typography>
          {seated.map((r) => (
            <Box key={r.id} sx={{ py: 1, borderBottom: '1px solid #eee' }} data-testid="registration-row">
              <ReferenceField record={r} source="personId" reference="candidates" link={false} emptyText={r.personId.slice(0, 8)} />
              <Typography variant="caption" sx={{ ml: 1 }}>
                {r.pool}
              </Typography>
              <ToggleButtonGroup
                exclusive
                size="large"
                value={markOf(r)}
                onChange={(_e, mark: string | null) => mark && setMarks({ ...marks, [r.id]: mark })}
                aria-label={translate('binome.workshops.mark')}
                sx={{ display: 'flex', flexWrap: 'wrap', mt: 0.5 }}
                disabled={!writer}
              >
                {MARKS.map((m) => (
                  <ToggleButton key={m} value={m} sx={{ flex: 1, minHeight: 48 }}>
                    {translate(`binome.workshops.marks.${m}`)}
                  </ToggleButton>
                ))}
              </ToggleButtonGroup>
            </Box>
          ))}
          {writer && seated.length > 0 && (
            <Button variant="contained" size="large" fullWidth sx={{ mt: 2 }} onClick={() => void save()}>
              {translate('binome.workshops.save_attendance')}
            </Button>
          )}
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2">
            {translate('binome.workshops.waitlist')}
          </Typography>
          {waitlist.length === 0 && <Typography>—</Typography>}
          {waitlist.map((r) => (
            <Typography key={r.id}>
              {r.rank}. {r.personId.slice(0, 8)} {r.reason ? `— ${r.reason}` : ''}
            </Typography>
          ))}
        </CardContent>
      </Card>
    </Stack>
  );
}

function SessionTitle() {
  const record = useRecordContext();
  const f = useFormatters();
  return <span>{record ? f.dateTime(record.startsAt) : ''}</span>;
}

function SessionShow() {
  return (
    <Show title={<SessionTitle />}>
      <SimpleShowLayout>
        <ReferenceField source="workshopId" reference="workshops" link="show" />
        <LocaleDate source="startsAt" time label="resources.sessions.fields.startsAt" />
        <TextField source="format" />
        <TextField source="place" emptyText="—" />
        <NumberField source="seatsTaken.beneficiaries" />
        <NumberField source="capacity.beneficiaries" />
        <RollCall />
      </SimpleShowLayout>
    </Show>
  );
}

export const sessions = { list: SessionList, show: SessionShow, icon: EventSeatIcon };
