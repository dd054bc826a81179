import { useState } from 'react';
import { Box, Button, Card, CardContent, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import {
  Create,
  CreateButton,
  Datagrid,
  DateTimeInput,
  Edit,
  EditButton,
  List,
  NumberField,
  NumberInput,
  ReferenceArrayField,
  ReferenceArrayInput,
  ReferenceField,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  SingleFieldList,
  ChipField,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { LocaleDate, StatusChip, useFormatters } from '../../common/fields';
import { ProblemToolbar } from '../../common/command-form';
import { useBinome, useConsolePermissions } from '../../common/console-context';
import { canWrite, isTerritoryStaff } from '../../auth/access';
import type { ApiError } from '../../data/problem';
import { sessionBody } from './session-body';

const MARKS = ['present', 'late', 'excused', 'absent'] as const;

export function SessionList() {
  const staff = isTerritoryStaff(useConsolePermissions(), 'sessions');
  return (
    <List
      actions={<TopToolbar>{staff && <CreateButton />}</TopToolbar>}
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
                {translate(`binome.workshops.pools.${r.pool}`, { _: r.pool })}
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

function SessionActions() {
  const record = useRecordContext();
  return (
    <TopToolbar>
      {record && record.status !== 'cancelled' && isTerritoryStaff(useConsolePermissions(), 'sessions') && <EditButton />}
    </TopToolbar>
  );
}

export function SessionShow() {
  return (
    <Show title={<SessionTitle />} actions={<SessionActions />}>
      <SimpleShowLayout>
        <ReferenceField source="workshopId" reference="workshops" link="show" />
        <LocaleDate source="startsAt" time label="resources.sessions.fields.startsAt" />
        <LocaleDate source="closesAt" time label="resources.sessions.fields.closesAt" />
        <TextField source="format" />
        <TextField source="place" emptyText="—" />
        <NumberField source="seatsTaken.beneficiaries" />
        <NumberField source="capacity.beneficiaries" />
        <NumberField source="capacity.volunteers" />
        <ReferenceArrayField source="facilitatorIds" reference="facilitators" emptyText="—">
          <SingleFieldList linkType={false}>
            <ChipField source="email" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
        <RollCall />
      </SimpleShowLayout>
    </Show>
  );
}

/** When, where, how many seats in each pool and who leads: the fields a session has in both forms. */
function SessionFields() {
  return (
    <>
      <DateTimeInput source="startsAt" label="resources.sessions.fields.startsAt" validate={required()} />
      <DateTimeInput source="endsAt" label="resources.sessions.fields.endsAt" validate={required()} />
      <DateTimeInput source="closesAt" label="resources.sessions.fields.closesAt" helperText="binome.workshops.closes_help" />
      <TextInput source="place" helperText="binome.workshops.place_help" fullWidth />
      <TextInput source="link" type="url" helperText="binome.workshops.link_help" fullWidth />
      <NumberInput source="capacity.beneficiaries" min={1} max={200} validate={required()} />
      <NumberInput source="capacity.volunteers" min={0} max={200} />
      <ReferenceArrayInput source="facilitatorIds" reference="facilitators">
        <SelectArrayInput optionText="email" label="resources.sessions.fields.facilitatorIds" />
      </ReferenceArrayInput>
    </>
  );
}

/** Staff plan a session of one of their workshops, for one promotion or several of the territory. */
export function SessionCreate() {
  return (
    <Create redirect="show" transform={sessionBody}>
      <SimpleForm toolbar={<ProblemToolbar />} defaultValues={{ capacity: { beneficiaries: 12, volunteers: 0 }, facilitatorIds: [] }}>
        <ReferenceInput source="workshopId" reference="workshops">
          <SelectInput optionText="title" validate={required()} />
        </ReferenceInput>
        <ReferenceArrayInput source="promotionIds" reference="promotions">
          <SelectArrayInput optionText="name" validate={required()} label="resources.sessions.fields.promotionIds" />
        </ReferenceArrayInput>
        <SessionFields />
      </SimpleForm>
    </Create>
  );
}

/** Only the changed fields go (PATCH); the service checks the times together with the stored ones. */
export function SessionEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={sessionBody} title={<SessionTitle />}>
      <SimpleForm toolbar={<ProblemToolbar />}>
        <SessionFields />
      </SimpleForm>
    </Edit>
  );
}
