import ForwardIcon from '@mui/icons-material/Forward';
import { Box } from '@mui/material';
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
} from 'react-admin';
import { CommandForm } from '../../common/command-form';
import { choicesOf, LocaleDate, StatusChip } from '../../common/fields';
import { useConsolePermissions } from '../../common/console-context';
import { canWrite, isTerritoryStaff } from '../../auth/access';

const STATUSES = ['sent', 'accepted', 'converted', 'closed'] as const;

function ReferralList() {
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

function StatusChange() {
  const record = useRecordContext();
  if (!record || !canWrite(useConsolePermissions(), 'referrals') || ['closed', 'converted'].includes(record.status as string)) return null;
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

function ReferralShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="person.firstName" />
        <TextField source="person.lastName" />
        <TextField source="direction" />
        <TextField source="partnerId" />
        <StatusChip source="status" label="resources.referrals.fields.status" />
        <ReferenceField source="candidateId" reference="candidates" link="show" emptyText="—" />
        <TextField source="reason" emptyText="—" />
        <StatusChange />
      </SimpleShowLayout>
    </Show>
  );
}

function ReferralCreate() {
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

export default { list: ReferralList, show: ReferralShow, create: ReferralCreate, icon: ForwardIcon };
