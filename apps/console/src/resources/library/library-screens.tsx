import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import {
  ArrayField,
  ArrayInput,
  BooleanField,
  BooleanInput,
  CheckboxGroupInput,
  Create,
  CreateButton,
  Datagrid,
  Edit,
  EditButton,
  FormDataConsumer,
  List,
  NumberField,
  NumberInput,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleFormIterator,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { choicesOf, LocaleDate, StatusChip, useFormatters } from '../../common/fields';
import { ProblemToolbar } from '../../common/command-form';
import { useBinome, useConsolePermissions, useTerritories } from '../../common/console-context';
import { canWrite, isTerritoryStaff } from '../../auth/access';
import type { ApiError } from '../../data/problem';
import { moduleBody } from './module-body';

// The vocabularies of apps/resources (`AUDIENCES`, `RESOURCE_TOPICS`, `LEARNER_KINDS`).
export const AUDIENCES = ['volunteer', 'beneficiary', 'konnecteur', 'koach', 'staff'] as const;
export const TOPICS = [
  'job-search',
  'asylum-and-rights',
  'training',
  'mentoring-toolkit',
  'faq',
  'cv',
  'interview-preparation',
  'network',
  'professional-codes',
  'administrative-steps',
  'french',
] as const;
export const LEARNER_KINDS = ['volunteer', 'konnecteur', 'koach', 'beneficiary'] as const;
const LANGUAGES = ['fr', 'en', 'ar', 'fa', 'ps', 'ti', 'uk', 'ru'] as const;

/** A territory's library, or the national one (HQ only: the service refuses it to others). */
function LibraryTerritoryInput() {
  const territories = useTerritories();
  const national = useConsolePermissions()?.principal.scope.kind === 'all';
  const choices = [...(national ? ['national'] : []), ...territories].map((t) => ({ id: t, name: t }));
  return (
    <SelectInput
      source="territoryId"
      label="binome.territory"
      choices={choices}
      defaultValue={choices.length === 1 ? choices[0].id : undefined}
      validate={required()}
    />
  );
}

export function ResourceList() {
  const staff = isTerritoryStaff(useConsolePermissions(), 'library-resources');
  return (
    <List
      actions={<TopToolbar>{staff && <CreateButton />}</TopToolbar>}
      filters={[
        <SelectInput key="status" source="status" choices={choicesOf(['draft', 'published'], 'binome.library.status')} alwaysOn />,
        <SelectInput key="audience" source="audience" choices={choicesOf(AUDIENCES, 'binome.audiences')} alwaysOn />,
      ]}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <TextField source="audiences" sortable={false} />
        <TextField source="language" sortable={false} />
        <TextField source="territoryId" sortable={false} emptyText="—" />
        <NumberField source="latestVersion" sortable={false} />
        <StatusChip source="status" label="resources.library-resources.fields.status" />
      </Datagrid>
    </List>
  );
}

/** Publishes the latest version for its audiences (a 409 when there is no content or it changed meanwhile). */
function Publication() {
  const record = useRecordContext();
  const binome = useBinome();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const f = useFormatters();
  const writer = canWrite(useConsolePermissions(), 'library-resources');
  if (!record) return null;
  const publication = record.publication as { version: number; at: string } | undefined;
  const upToDate = publication?.version === record.latestVersion;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
      <Typography data-testid="publication">
        {publication
          ? translate('binome.library.published_version', { version: publication.version, date: f.dateTime(publication.at) })
          : translate('binome.library.unpublished')}
      </Typography>
      {writer && !upToDate && (
        <Button
          variant="contained"
          onClick={() =>
            void binome.command('library-resources', record.id, 'publish').then(
              () => (notify('binome.library.published_ok', { type: 'success' }), refresh()),
              (e: ApiError) => notify(e.message, { type: 'error' }),
            )
          }
        >
          {translate('binome.library.publish', { version: record.latestVersion })}
        </Button>
      )}
    </Box>
  );
}

/** The latest version as the service rendered and sanitised it (no script, handler or javascript: URL survives). */
function Content() {
  const record = useRecordContext();
  const translate = useTranslate();
  const content = record?.content as { html?: string; kind?: string } | undefined;
  if (!content?.html) return null;
  return (
    <Card variant="outlined" sx={{ maxWidth: 760 }}>
      <CardContent>
        <Typography variant="overline" component="h2">
          {translate('binome.library.preview')}
        </Typography>
        <Box data-testid="resource-html" dangerouslySetInnerHTML={{ __html: content.html }} />
      </CardContent>
    </Card>
  );
}

function ResourceActions() {
  return (
    <TopToolbar>{canWrite(useConsolePermissions(), 'library-resources') && <EditButton label="binome.library.new_version" />}</TopToolbar>
  );
}

export function ResourceShow() {
  return (
    <Show actions={<ResourceActions />}>
      <SimpleShowLayout>
        <TextField source="title" />
        <TextField source="summary" emptyText="—" />
        <TextField source="audiences" />
        <TextField source="topics" emptyText="—" />
        <TextField source="language" />
        <StatusChip source="status" label="resources.library-resources.fields.status" />
        <NumberField source="latestVersion" />
        <Publication />
        <Content />
        <ArrayField source="versions">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <NumberField source="version" />
            <TextField source="kind" />
            <LocaleDate source="createdAt" time label="resources.library-resources.fields.createdAt" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}

function DescriptionFields() {
  return (
    <>
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="summary" fullWidth multiline />
      <CheckboxGroupInput source="audiences" choices={choicesOf(AUDIENCES, 'binome.audiences')} validate={required()} />
      <SelectInput source="language" choices={choicesOf(LANGUAGES)} validate={required()} />
      <CheckboxGroupInput source="topics" choices={choicesOf(TOPICS, 'binome.topics')} />
    </>
  );
}

function MarkdownInput({ defaultValue }: { defaultValue?: string }) {
  return (
    <TextInput
      source="markdown"
      defaultValue={defaultValue}
      multiline
      minRows={10}
      fullWidth
      helperText="binome.library.markdown_help"
      label="resources.library-resources.fields.markdown"
    />
  );
}

/** The next version starts from the latest one's markdown. */
function LatestMarkdownInput() {
  const record = useRecordContext();
  return <MarkdownInput defaultValue={(record?.content as { markdown?: string } | undefined)?.markdown ?? ''} />;
}

/** A new item, as a draft; its first version is the markdown. */
export function ResourceCreate() {
  return (
    <Create redirect="show">
      <SimpleForm toolbar={<ProblemToolbar />} defaultValues={{ audiences: [], topics: [], language: 'fr' }}>
        <LibraryTerritoryInput />
        <DescriptionFields />
        <MarkdownInput />
      </SimpleForm>
    </Create>
  );
}

/**
 * Editing is writing a new version (`POST …/versions`): the earlier ones stay readable, and the
 * published one stays what readers see until the new one is published.
 */
export function ResourceEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<ProblemToolbar />}>
        <DescriptionFields />
        <LatestMarkdownInput />
      </SimpleForm>
    </Edit>
  );
}

export function ModuleList() {
  const staff = isTerritoryStaff(useConsolePermissions(), 'training-modules');
  return (
    <List actions={<TopToolbar>{staff && <CreateButton />}</TopToolbar>}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <TextField source="audience" sortable={false} />
        <BooleanField source="mandatory" sortable={false} />
      </Datagrid>
    </List>
  );
}

export function ModuleShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <TextField source="audience" />
        <BooleanField source="mandatory" />
        <TextField source="rule.kind" />
        <ArrayField source="parts">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="title" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}

/** A module: its parts (each may point at a library item) and how it is completed (attendance, or parts and a quiz). */
export function ModuleCreate() {
  return (
    <Create redirect="show" transform={moduleBody}>
      <SimpleForm
        toolbar={<ProblemToolbar />}
        defaultValues={{ mandatory: false, parts: [{ id: 'part-1', title: '' }], rule: { kind: 'attendance' } }}
      >
        <LibraryTerritoryInput />
        <TextInput source="title" validate={required()} fullWidth />
        <SelectInput source="audience" choices={choicesOf(LEARNER_KINDS, 'binome.audiences')} validate={required()} />
        <BooleanInput source="mandatory" />
        <ArrayInput source="parts" validate={required()}>
          <SimpleFormIterator inline disableReordering>
            <TextInput source="id" helperText={false} label="resources.training-modules.fields.partId" />
            <TextInput source="title" helperText={false} label="resources.training-modules.fields.partTitle" />
            <ReferenceInput source="resourceId" reference="library-resources">
              <SelectInput optionText="title" helperText={false} label="resources.training-modules.fields.resourceId" />
            </ReferenceInput>
          </SimpleFormIterator>
        </ArrayInput>
        <SelectInput
          source="rule.kind"
          choices={choicesOf(['attendance', 'parts-and-quiz'], 'binome.modules.rules')}
          validate={required()}
        />
        <FormDataConsumer>
          {({ formData }) =>
            (formData as { rule?: { kind?: string } }).rule?.kind === 'parts-and-quiz' && (
              <>
                <NumberInput source="rule.passMark" min={1} max={100} validate={required()} />
                <ArrayInput source="rule.questions">
                  <SimpleFormIterator disableReordering>
                    <TextInput source="id" helperText={false} label="resources.training-modules.fields.questionId" />
                    <TextInput source="prompt" helperText={false} fullWidth label="resources.training-modules.fields.prompt" />
                    <ArrayInput source="options" label="resources.training-modules.fields.options">
                      <SimpleFormIterator inline disableReordering>
                        <TextInput source="" helperText={false} label="resources.training-modules.fields.option" />
                      </SimpleFormIterator>
                    </ArrayInput>
                    <NumberInput
                      source="answer"
                      min={0}
                      max={5}
                      helperText="binome.modules.answer_help"
                      label="resources.training-modules.fields.answer"
                    />
                  </SimpleFormIterator>
                </ArrayInput>
              </>
            )
          }
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
}

export function BadgeList() {
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
