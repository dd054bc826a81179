import {
  ArrayInput,
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  List,
  NumberField,
  NumberInput,
  CheckboxGroupInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleFormIterator,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  CreateButton,
  EditButton,
  FunctionField,
  required,
  useRecordContext,
} from 'react-admin';
import { choicesOf, TerritoryInput, WORKSHOP_NEEDS } from '../../common/fields';
import { ProblemToolbar } from '../../common/command-form';
import { useConsolePermissions } from '../../common/console-context';
import { canWrite, isTerritoryStaff } from '../../auth/access';

/** workshops' competencies (`COMPETENCIES` of apps/workshops), carried by attendance and badges. */
export const COMPETENCIES = [
  'french-cv',
  'labour-market-knowledge',
  'professional-project',
  'pitch',
  'online-presence',
  'networking',
  'verbal-communication',
  'non-verbal-communication',
  'self-confidence',
  'professional-codes',
  'oral-french',
  'digital-skills',
  'motivation',
] as const;
export const FORMATS = ['on-site', 'remote'] as const;

export function WorkshopList() {
  const staff = isTerritoryStaff(useConsolePermissions(), 'workshops');
  return (
    <List actions={<TopToolbar>{staff && <CreateButton />}</TopToolbar>}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <TextField source="format" sortable={false} />
        <TextField source="territoryId" sortable={false} />
        <NumberField source="durationMinutes" sortable={false} />
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
}

function WorkshopActions() {
  const record = useRecordContext();
  return <TopToolbar>{record && canWrite(useConsolePermissions(), 'workshops') && <EditButton />}</TopToolbar>;
}

export function WorkshopShow() {
  return (
    <Show actions={<WorkshopActions />}>
      <SimpleShowLayout>
        <TextField source="title" />
        <TextField source="format" />
        <NumberField source="durationMinutes" />
        <TextField source="language" />
        <FunctionField
          source="objectives"
          render={(r: { objectives?: string[] }) => (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {(r.objectives ?? []).map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          )}
        />
        <TextField source="needs" />
        <TextField source="competencies" />
        <BooleanField source="invitesVolunteers" />
        <BooleanField source="active" />
      </SimpleShowLayout>
    </Show>
  );
}

/** The fields a workshop has in both forms; the problem+json of a refused save lands on each. */
function WorkshopFields() {
  return (
    <>
      <TextInput source="title" validate={required()} fullWidth />
      <ArrayInput source="objectives" validate={required()}>
        <SimpleFormIterator disableReordering>
          <TextInput source="" label="resources.workshops.fields.objective" fullWidth helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      <CheckboxGroupInput source="needs" choices={choicesOf(WORKSHOP_NEEDS)} />
      <CheckboxGroupInput source="competencies" choices={choicesOf(COMPETENCIES, 'binome.competencies')} />
      <NumberInput source="durationMinutes" min={30} max={480} validate={required()} />
      <SelectInput source="format" choices={choicesOf(FORMATS, 'binome.formats')} validate={required()} />
      <TextInput source="language" helperText="binome.workshops.language_help" />
      <BooleanInput source="invitesVolunteers" />
    </>
  );
}

export function WorkshopCreate() {
  return (
    <Create redirect="show">
      <SimpleForm
        toolbar={<ProblemToolbar />}
        defaultValues={{ objectives: [''], needs: [], competencies: [], durationMinutes: 120, language: 'fr', invitesVolunteers: false }}
      >
        <TerritoryInput validate={required()} />
        <TextInput source="slug" validate={required()} helperText="binome.workshops.slug_help" />
        <WorkshopFields />
      </SimpleForm>
    </Create>
  );
}

export function WorkshopEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<ProblemToolbar />}>
        <WorkshopFields />
        <BooleanInput source="active" />
      </SimpleForm>
    </Edit>
  );
}
