import DiversityIcon from '@mui/icons-material/Diversity3';
import {
  BooleanField,
  BooleanInput,
  Create,
  CreateButton,
  Datagrid,
  Edit,
  EditButton,
  List,
  SelectArrayInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  UrlField,
  required,
} from 'react-admin';
import { useConsolePermissions, useTerritories } from '../../common/console-context';
import { canWrite, isTerritoryStaff } from '../../auth/access';
import { choicesOf } from '../../common/fields';

const KINDS = ['ngo', 'language_centre', 'shelter', 'public_service', 'employment_service', 'other'] as const;

function OrganisationList() {
  return (
    <List
      actions={<TopToolbar>{isTerritoryStaff(useConsolePermissions(), 'partner-organisations') && <CreateButton />}</TopToolbar>}
      filters={[<TextInput key="q" source="q" label="ra.action.search" alwaysOn />]}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="kind" sortable={false} />
        <TextField source="territoryId" sortable={false} />
        <BooleanField source="refersIn" sortable={false} />
        <BooleanField source="receivesReferrals" sortable={false} />
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
}

function OrganisationShow() {
  return (
    <Show actions={<TopToolbar>{canWrite(useConsolePermissions(), 'partner-organisations') && <EditButton />}</TopToolbar>}>
      <SimpleShowLayout>
        <TextField source="id" />
        <TextField source="name" />
        <TextField source="kind" />
        <TextField source="territoryId" />
        <BooleanField source="refersIn" />
        <BooleanField source="receivesReferrals" />
        <UrlField source="website" emptyText="—" />
        <BooleanField source="active" />
      </SimpleShowLayout>
    </Show>
  );
}

function OrganisationForm({ create }: { create?: boolean }) {
  const territories = useTerritories();
  return (
    <SimpleForm>
      {create && <TextInput source="id" validate={required()} />}
      <TextInput source="name" validate={required()} />
      {create && <SelectArrayInput source="territoryId" choices={territories.map((t) => ({ id: t, name: t }))} validate={required()} />}
      <SelectInput source="kind" choices={choicesOf(KINDS)} validate={required()} />
      <BooleanInput source="refersIn" />
      <BooleanInput source="receivesReferrals" />
      <TextInput source="website" type="url" />
      {!create && <BooleanInput source="active" />}
    </SimpleForm>
  );
}

export default {
  list: OrganisationList,
  show: OrganisationShow,
  create: () => (
    <Create redirect="show">
      <OrganisationForm create />
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic">
      <OrganisationForm />
    </Edit>
  ),
  icon: DiversityIcon,
  recordRepresentation: 'name',
};
