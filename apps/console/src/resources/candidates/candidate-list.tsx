import {
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  type RaRecord,
} from 'react-admin';
import { CsvExportButton, CsvImportButton } from '../../common/csv';
import { choicesOf, FRENCH_LEVELS, LocaleDate, StatusChip } from '../../common/fields';
import { useConsolePermissions } from '../../common/console-context';
import { isTerritoryStaff } from '../../auth/access';

export const CANDIDATE_STATUSES = ['applied', 'screened', 'interviewed', 'admitted', 'waitlisted', 'referred', 'closed'] as const;

const filters = [
  <TextInput key="q" source="q" label="resources.candidates.fields.q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesOf(CANDIDATE_STATUSES, 'binome.status')} alwaysOn />,
  <ReferenceInput key="promotionId" source="promotionId" reference="promotions" />,
  <SelectInput key="territoryId" source="territoryId" choices={choicesOf(['paris', 'rennes', 'tours'])} />,
];

function Actions() {
  const staff = isTerritoryStaff(useConsolePermissions(), 'candidates');
  return (
    <TopToolbar>
      {staff && <CreateButton />}
      {staff && <CsvImportButton kind="candidates" />}
      {staff && <CsvExportButton kind="candidates" />}
    </TopToolbar>
  );
}

export const fullName = (r: RaRecord) => `${r.identity?.firstName ?? ''} ${r.identity?.lastName ?? ''}`.trim();

export function CandidateList() {
  return (
    <List filters={filters} actions={<Actions />} sort={{ field: 'appliedAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="identity.lastName" sortBy="lastName" />
        <TextField source="identity.firstName" sortable={false} />
        <StatusChip source="status" label="resources.candidates.fields.status" />
        <TextField source="frenchLevel" />
        <TextField source="contact.town" sortable={false} />
        <TextField source="territoryId" sortable={false} />
        <ReferenceField source="promotionId" reference="promotions" link={false} emptyText="—" sortable={false} />
        <LocaleDate source="appliedAt" label="resources.candidates.fields.appliedAt" sortBy="appliedAt" />
        <FunctionField
          label="resources.candidates.fields.languages"
          sortable={false}
          render={(r: RaRecord) => (r.languages ?? []).map((l: { language: string }) => l.language).join(', ')}
        />
      </Datagrid>
    </List>
  );
}

export const FRENCH_LEVEL_CHOICES = choicesOf(FRENCH_LEVELS);
