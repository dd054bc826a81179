import LibraryBooksIcon from '@mui/icons-material/LibraryBooks';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import { ArrayField, BooleanField, Datagrid, List, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocaleDate } from '../../common/fields';

function ResourceList() {
  return (
    <List>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <TextField source="audience" sortable={false} />
        <TextField source="kind" sortable={false} />
        <TextField source="territoryId" sortable={false} emptyText="—" />
        <NumberField source="version" sortable={false} />
      </Datagrid>
    </List>
  );
}

function ResourceShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <TextField source="summary" emptyText="—" />
        <TextField source="audience" />
        <TextField source="kind" />
        <NumberField source="version" />
      </SimpleShowLayout>
    </Show>
  );
}

export const libraryResources = { list: ResourceList, show: ResourceShow, icon: LibraryBooksIcon, recordRepresentation: 'title' };

function ModuleList() {
  return (
    <List>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <TextField source="audience" sortable={false} />
        <BooleanField source="mandatory" sortable={false} />
      </Datagrid>
    </List>
  );
}

function ModuleShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <TextField source="audience" />
        <BooleanField source="mandatory" />
        <ArrayField source="parts">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="title" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}

export const trainingModules = { list: ModuleList, show: ModuleShow, icon: MenuBookIcon, recordRepresentation: 'title' };

function BadgeList() {
  return (
    <List>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="achievementId" sortable={false} />
        <TextField source="personId" sortable={false} />
        <TextField source="status" sortable={false} />
        <LocaleDate source="issuedAt" label="resources.badges.fields.issuedAt" sortable={false} />
      </Datagrid>
    </List>
  );
}

export const badges = { list: BadgeList, icon: WorkspacePremiumIcon };
