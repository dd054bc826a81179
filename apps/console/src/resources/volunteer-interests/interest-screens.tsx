import { Box, Typography } from '@mui/material';
import {
  ArrayField,
  ChipField,
  Datagrid,
  List,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CommandForm } from '../../common/command-form';
import { choicesOf, LocaleDate, StatusChip } from '../../common/fields';
import { useConsolePermissions } from '../../common/console-context';
import { canWrite } from '../../auth/access';

const STATUSES = ['new', 'enrolled', 'declined'] as const;

/** Employees' offers to volunteer (the volunteers' public page), newest first. */
export function InterestList() {
  return (
    <List
      sort={{ field: 'createdAt', order: 'DESC' }}
      filters={[<SelectInput key="status" source="status" choices={choicesOf(STATUSES, 'binome.status')} alwaysOn />]}
      filterDefaultValues={{ status: 'new' }}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="person.lastName" sortable={false} emptyText="—" />
        <TextField source="person.firstName" sortable={false} emptyText="—" />
        <TextField source="person.companyName" sortable={false} emptyText="—" />
        <TextField source="territoryId" sortable={false} />
        <StatusChip source="status" label="resources.volunteer-interests.fields.status" />
        <LocaleDate source="createdAt" label="resources.volunteer-interests.fields.createdAt" />
      </Datagrid>
    </List>
  );
}

/** Staff answer an offer: enrolled (the volunteer record they created for the person) or declined; either removes its personal data. */
function Decision() {
  const record = useRecordContext();
  const permissions = useConsolePermissions();
  const translate = useTranslate();
  if (!record || record.status !== 'new' || !canWrite(permissions, 'volunteer-interests')) return null;
  return (
    <Box sx={{ maxWidth: 460, mt: 2 }}>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('binome.interests.decision_help')}
      </Typography>
      <CommandForm
        resource="volunteer-interests"
        id={record.id}
        action="decision"
        label="binome.interests.answer"
        // Declined takes no volunteer (recruitment refuses one there).
        transform={(v) => (v.outcome === 'declined' ? { outcome: 'declined' } : { outcome: v.outcome, volunteerId: v.volunteerId })}
      >
        <SelectInput source="outcome" choices={choicesOf(['enrolled', 'declined'], 'binome.status')} validate={required()} />
        <ReferenceInput source="volunteerId" reference="volunteers" filter={{ territoryId: record.territoryId }}>
          <SelectInput
            optionText={(v: { identity?: { firstName?: string; lastName?: string } }) =>
              `${v.identity?.firstName ?? ''} ${v.identity?.lastName ?? ''}`
            }
          />
        </ReferenceInput>
      </CommandForm>
    </Box>
  );
}

export function InterestShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <StatusChip source="status" label="resources.volunteer-interests.fields.status" />
        <TextField source="territoryId" />
        <TextField source="person.firstName" emptyText="—" />
        <TextField source="person.lastName" emptyText="—" />
        <TextField source="person.email" emptyText="—" />
        <TextField source="person.phone" emptyText="—" />
        <TextField source="person.companyName" emptyText="—" />
        <TextField source="person.jobTitle" emptyText="—" />
        <ArrayField source="person.availability">
          <SingleFieldList linkType={false}>
            <ChipField source="" size="small" />
          </SingleFieldList>
        </ArrayField>
        <TextField source="person.message" emptyText="—" />
        <TextField source="consent.dataProcessing.noticeVersion" />
        <LocaleDate source="createdAt" label="resources.volunteer-interests.fields.createdAt" time />
        <TextField source="decision.volunteerId" emptyText="—" />
        <Decision />
      </SimpleShowLayout>
    </Show>
  );
}
