import BusinessIcon from '@mui/icons-material/Business';
import {
  ArrayInput,
  BooleanField,
  BooleanInput,
  ChipField,
  Create,
  CreateButton,
  Datagrid,
  Edit,
  EditButton,
  List,
  NumberField,
  NumberInput,
  SelectArrayInput,
  Show,
  SimpleForm,
  SimpleFormIterator,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TextInput,
  TopToolbar,
  ArrayField,
  required,
} from 'react-admin';
import { useConsolePermissions, useTerritories } from '../../common/console-context';
import { canWrite, isTerritoryStaff } from '../../auth/access';

const Territories = () => (
  <ArrayField source="territoryId">
    <SingleFieldList linkType={false}>
      <ChipField source="" />
    </SingleFieldList>
  </ArrayField>
);

function ListActions() {
  return <TopToolbar>{isTerritoryStaff(useConsolePermissions(), 'partner-companies') && <CreateButton />}</TopToolbar>;
}

function CompanyList() {
  return (
    <List actions={<ListActions />} filters={[<TextInput key="q" source="q" label="ra.action.search" alwaysOn />]}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="territoryId" sortable={false} />
        <NumberField source="expectedVolunteersPerPromotion" sortable={false} />
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
}

function CompanyShow() {
  return (
    <Show actions={<TopToolbar>{canWrite(useConsolePermissions(), 'partner-companies') && <EditButton />}</TopToolbar>}>
      <SimpleShowLayout>
        <TextField source="id" />
        <TextField source="name" />
        <Territories />
        <TextField source="sectors" />
        <NumberField source="expectedVolunteersPerPromotion" />
        <BooleanField source="active" />
      </SimpleShowLayout>
    </Show>
  );
}

function CompanyForm({ create }: { create?: boolean }) {
  const territories = useTerritories();
  return (
    <SimpleForm>
      {create && <TextInput source="id" validate={required()} helperText="sncf, orange…" />}
      <TextInput source="name" validate={required()} />
      {create && <SelectArrayInput source="territoryId" choices={territories.map((t) => ({ id: t, name: t }))} validate={required()} />}
      <NumberInput source="expectedVolunteersPerPromotion" min={0} />
      <ArrayInput source="sectors">
        <SimpleFormIterator inline>
          <TextInput source="" helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      {!create && <BooleanInput source="active" />}
    </SimpleForm>
  );
}

export default {
  list: CompanyList,
  show: CompanyShow,
  create: () => (
    <Create redirect="show">
      <CompanyForm create />
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic">
      <CompanyForm />
    </Edit>
  ),
  icon: BusinessIcon,
  recordRepresentation: 'name',
};
