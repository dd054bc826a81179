import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import SchoolIcon from '@mui/icons-material/School';
import {
  BooleanField,
  Create,
  CreateButton,
  Datagrid,
  List,
  NumberField,
  NumberInput,
  SelectArrayInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  required,
} from 'react-admin';
import { useConsolePermissions, useTerritories } from '../common/console-context';
import { isTerritoryStaff } from '../auth/access';

/** Konnecteurs (referents following 2–3 pairs) and Koachs (workshop facilitators): the same record. */
function referentScreens(resource: 'konnecteurs' | 'koachs', icon: typeof SchoolIcon) {
  const ReferentList = () => (
    <List actions={<TopToolbar>{isTerritoryStaff(useConsolePermissions(), resource) && <CreateButton />}</TopToolbar>}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="identity.lastName" sortable={false} />
        <TextField source="identity.firstName" sortable={false} />
        <TextField source="town" sortable={false} />
        <NumberField source="capacity" sortable={false} />
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
  const ReferentShow = () => (
    <Show>
      <SimpleShowLayout>
        <TextField source="identity.firstName" />
        <TextField source="identity.lastName" />
        <TextField source="contact.email" />
        <TextField source="town" />
        <NumberField source="capacity" />
        <TextField source="topics" />
        <BooleanField source="active" />
      </SimpleShowLayout>
    </Show>
  );
  const ReferentCreate = () => {
    const territories = useTerritories();
    return (
      <Create redirect="show">
        <SimpleForm>
          <SelectArrayInput source="territoryId" choices={territories.map((t) => ({ id: t, name: t }))} validate={required()} />
          <TextInput source="firstName" validate={required()} />
          <TextInput source="lastName" validate={required()} />
          <TextInput source="email" type="email" validate={required()} />
          <TextInput source="town" validate={required()} />
          <NumberInput source="capacity" min={1} />
        </SimpleForm>
      </Create>
    );
  };
  return { list: ReferentList, show: ReferentShow, create: ReferentCreate, icon, recordRepresentation: 'identity.lastName' };
}

export const konnecteurs = referentScreens('konnecteurs', SupportAgentIcon);
export const koachs = referentScreens('koachs', SchoolIcon);
