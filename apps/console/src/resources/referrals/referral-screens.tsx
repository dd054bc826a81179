import { Box, Step, StepLabel, Stepper, Typography } from '@mui/material';
import {
  Create,
  CreateButton,
  Datagrid,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CommandForm } from '../../common/command-form';
import { choicesOf, LocaleDate, StatusChip, useFormatters } from '../../common/fields';
import { useConsolePermissions } from '../../common/console-context';
import { canWrite, isTerritoryStaff } from '../../auth/access';

const STATUSES = ['sent', 'accepted', 'converted', 'closed'] as const;

export function ReferralList() {
  return (
    <List
      actions={<TopToolbar>{isTerritoryStaff(useConsolePermissions(), 'referrals') && <CreateButton />}</TopToolbar>}
      filters={[
        <SelectInput key="status" source="status" choices={choicesOf(STATUSES, 'binome.status')} alwaysOn />,
        <SelectInput key="direction" source="direction" choices={choicesOf(['inbound', 'outbound'])} alwaysOn />,
      ]}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="person.lastName" sortable={false} />
        <TextField source="person.firstName" sortable={false} />
        <TextField source="direction" sortable={false} />
        <TextField source="partnerId" sortable={false} />
        <StatusChip source="status" label="resources.referrals.fields.status" />
        <LocaleDate source="createdAt" label="resources.referrals.fields.createdAt" sortable={false} />
      </Datagrid>
    </List>
  );
}

/** Staff move any referral; the addressed partner only those it received (outbound), as the service rules. */
function StatusChange() {
  const record = useRecordContext();
  const permissions = useConsolePermissions();
  if (!record || !canWrite(permissions, 'referrals') || ['closed', 'converted'].includes(record.status as string)) return null;
  if (!isTerritoryStaff(permissions, 'referrals') && record.direction !== 'outbound') return null;
  return (
    <Box sx={{ maxWidth: 420 }}>
      <CommandForm resource="referrals" id={record.id} action="status" label="binome.referrals.change_status">
        <SelectInput source="status" choices={choicesOf(['accepted', 'closed'], 'binome.status')} validate={required()} />
        <SelectInput
          source="outcome"
          label="binome.referrals.outcome"
          choices={choicesOf(['supported', 'declined', 'unreachable', 'redirected', 'other'])}
        />
        <TextInput source="note" label="binome.referrals.note" fullWidth />
      </CommandForm>
    </Box>
  );
}

/** The status updates, oldest first: what the partner follows (the service gives it no author nor staff note). */
function History() {
  const record = useRecordContext();
  const translate = useTranslate();
  const f = useFormatters();
  const history = (record?.history ?? []) as { status: string; at: string; note?: string }[];
  if (!record) return null;
  return (
    <Box>
      <Typography variant="subtitle2" component="h2">
        {translate('binome.referrals.history')}
      </Typography>
      <Stepper orientation="vertical" activeStep={history.length} data-testid="referral-history">
        {history.map((h, i) => (
          <Step key={`${h.status}-${i}`} completed>
            <StepLabel optional={<Typography variant="caption">{f.dateTime(h.at)}</Typography>}>
              {translate(`binome.status.${h.status}`, { _: h.status })}
              {h.note ? ` — ${h.note}` : ''}
            </StepLabel>
          </Step>
        ))}
      </Stepper>
    </Box>
  );
}

export function ReferralShow() {
  const staff = isTerritoryStaff(useConsolePermissions(), 'referrals');
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="person.firstName" emptyText="—" />
        <TextField source="person.lastName" emptyText="—" />
        <TextField source="person.email" emptyText="—" />
        <TextField source="person.phone" emptyText="—" />
        <TextField source="direction" />
        <TextField source="partnerId" />
        <StatusChip source="status" label="resources.referrals.fields.status" />
        {staff && <ReferenceField source="candidateId" reference="candidates" link="show" emptyText="—" />}
        <TextField source="reason" emptyText="—" />
        <TextField source="outcome" emptyText="—" />
        <History />
        <StatusChange />
      </SimpleShowLayout>
    </Show>
  );
}

export function ReferralCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <ReferenceInput source="candidateId" reference="candidates">
          <SelectInput
            optionText={(r: { identity?: { firstName?: string; lastName?: string } }) =>
              `${r.identity?.firstName ?? ''} ${r.identity?.lastName ?? ''}`
            }
            validate={required()}
          />
        </ReferenceInput>
        <ReferenceInput source="partnerId" reference="partner-organisations">
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
        <TextInput source="reason" validate={required()} fullWidth />
      </SimpleForm>
    </Create>
  );
}
