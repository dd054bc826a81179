import { Box, Typography } from '@mui/material';
import {
  BooleanField,
  Create,
  CreateButton,
  Datagrid,
  DateInput,
  Edit,
  EditButton,
  List,
  NumberField,
  NumberInput,
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
import { EraseButton, ErasedNotice } from '../../common/erase-button';
import { CsvExportButton, CsvImportButton } from '../../common/csv';
import { choicesOf, StatusChip, TerritoryInput } from '../../common/fields';
import { useConsolePermissions } from '../../common/console-context';
import { canWrite, isTerritoryStaff } from '../../auth/access';

const STATUSES = ['enrolled', 'trained', 'active', 'withdrawn'] as const;

function ListActions() {
  const p = useConsolePermissions();
  const staff = isTerritoryStaff(p, 'volunteers');
  return (
    <TopToolbar>
      {staff && <CreateButton />}
      {staff && <CsvImportButton kind="volunteers" />}
      {staff && <CsvExportButton kind="volunteers" />}
    </TopToolbar>
  );
}

export function VolunteerList() {
  return (
    <List
      actions={<ListActions />}
      filters={[
        <TextInput key="q" source="q" label="ra.action.search" alwaysOn />,
        <SelectInput key="status" source="status" choices={choicesOf(STATUSES, 'binome.status')} alwaysOn />,
        <ReferenceInput key="companyId" source="companyId" reference="partner-companies" />,
        <ReferenceInput key="promotionId" source="promotionId" reference="promotions" />,
      ]}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="identity.lastName" sortable={false} />
        <TextField source="identity.firstName" sortable={false} />
        <ReferenceField source="companyId" reference="partner-companies" link={false} sortable={false} />
        <TextField source="jobTitle" sortable={false} />
        <StatusChip source="status" label="resources.volunteers.fields.status" />
        <TextField source="territoryId" sortable={false} />
        <NumberField source="commitment.plannedDays" sortable={false} />
      </Datagrid>
    </List>
  );
}

function Training() {
  const record = useRecordContext();
  const translate = useTranslate();
  const staff = isTerritoryStaff(useConsolePermissions(), 'volunteers');
  if (!record || !staff) return null;
  return (
    <Box sx={{ maxWidth: 420, mt: 2 }}>
      {record.status === 'enrolled' && (
        <CommandForm
          resource="volunteers"
          id={record.id}
          action="transitions"
          label={translate('binome.volunteers.transition', { status: translate('binome.status.trained') })}
          defaultValues={{ to: 'trained' }}
        >
          <DateInput source="attendedOn" label="binome.volunteers.attendedOn" validate={required()} />
        </CommandForm>
      )}
      {record.status !== 'withdrawn' && (
        <>
          <Typography variant="subtitle2" sx={{ mt: 2 }}>
            {translate('binome.volunteers.transition', { status: translate('binome.status.withdrawn') })}
          </Typography>
          <CommandForm
            resource="volunteers"
            id={record.id}
            action="transitions"
            label={translate('binome.volunteers.transition', { status: translate('binome.status.withdrawn') })}
            defaultValues={{ to: 'withdrawn' }}
          >
            <SelectInput
              source="reason"
              label="binome.volunteers.withdraw_reason"
              choices={choicesOf(['no_time', 'left_company', 'personal', 'no_match', 'other'])}
              validate={required()}
            />
          </CommandForm>
        </>
      )}
    </Box>
  );
}

function ShowActions() {
  const record = useRecordContext();
  return (
    <TopToolbar>
      {canWrite(useConsolePermissions(), 'volunteers') && !record?.erasedAt && <EditButton />}
      <EraseButton resource="volunteers" />
    </TopToolbar>
  );
}

export function VolunteerShow() {
  return (
    <Show actions={<ShowActions />}>
      <ErasedNotice />
      <SimpleShowLayout>
        <TextField source="identity.firstName" />
        <TextField source="identity.lastName" />
        <TextField source="contact.email" />
        <ReferenceField source="companyId" reference="partner-companies" link={false} />
        <ReferenceField source="promotionId" reference="promotions" link="show" />
        <TextField source="jobTitle" />
        <TextField source="sector" />
        <TextField source="trade" emptyText="—" />
        <TextField source="workplace.town" />
        <StatusChip source="status" label="resources.volunteers.fields.status" />
        <BooleanField source="trained" />
        <NumberField source="commitment.plannedDays" />
        <Training />
      </SimpleShowLayout>
    </Show>
  );
}

export function VolunteerCreate() {
  return (
    <Create redirect="show" transform={(d: Record<string, unknown>) => ({ ...d, commitment: { accepted: true, plannedDays: 3.5 } })}>
      <SimpleForm>
        <TerritoryInput validate={required()} />
        <ReferenceInput source="promotionId" reference="promotions">
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
        <ReferenceInput source="companyId" reference="partner-companies">
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
        <TextInput source="firstName" validate={required()} />
        <TextInput source="lastName" validate={required()} />
        <TextInput source="email" type="email" validate={required()} />
        <TextInput source="jobTitle" validate={required()} />
        <TextInput source="sector" validate={required()} />
        <TextInput source="trade" />
        <TextInput source="workplace.address" validate={required()} />
        <TextInput source="workplace.town" validate={required()} />
        <NumberInput source="capacity" min={1} max={3} defaultValue={1} />
      </SimpleForm>
    </Create>
  );
}

export function VolunteerEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm>
        <TextInput source="jobTitle" />
        <TextInput source="sector" />
        <TextInput source="trade" />
        <NumberInput source="capacity" min={1} max={3} />
      </SimpleForm>
    </Edit>
  );
}
