import { Alert, Box, Typography } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { useQuery } from '@tanstack/react-query';
import {
  BooleanField,
  CheckboxGroupInput,
  Create,
  CreateButton,
  Datagrid,
  DateInput,
  Edit,
  EditButton,
  FunctionField,
  List,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceField,
  ReferenceInput,
  SelectField,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { canWrite } from '../../auth/access';
import { ProblemToolbar } from '../../common/command-form';
import { useBinome, useConsolePermissions } from '../../common/console-context';
import { choicesOf, LocaleDate, StatusChip } from '../../common/fields';
import {
  answersBody,
  INSERTION_CATEGORIES,
  INSERTION_CATEGORY,
  OUTCOME_KINDS,
  outcomeBody,
  PROGRAMME_POSITIVE,
  questionnaireOf,
  type OutcomeKind,
  type ServedQuestion,
  type ServedQuestionnaire,
} from './survey-body';

// The vocabularies of apps/impact (survey waves, respondents, statuses; outcome kinds).
const WAVES = ['T0', 'T3', 'T6', 'T12'] as const;
const RESPONDENTS = ['beneficiary', 'volunteer'] as const;
const SURVEY_STATUSES = ['due', 'answered', 'cancelled'] as const;
const DUE_STATES = ['upcoming', 'due', 'overdue'] as const;
const THROUGH = ['staff', 'konnecteur', 'link'] as const;

/** The surveys staff and Konnecteurs collect: what is due, for which pair and wave, and what came back; a due one opens its answer form. */
export function SurveyList() {
  const writes = canWrite(useConsolePermissions(), 'surveys');
  return (
    <List
      sort={{ field: 'dueOn', order: 'ASC' }}
      filters={[
        <SelectInput key="status" source="status" choices={choicesOf(SURVEY_STATUSES, 'binome.status')} alwaysOn />,
        <SelectInput key="wave" source="wave" choices={choicesOf(WAVES)} alwaysOn />,
        <SelectInput key="respondent" source="respondent" choices={choicesOf(RESPONDENTS, 'binome.respondents')} />,
        <TextInput key="promotionId" source="promotionId" />,
        <TextInput key="pairId" source="pairId" />,
      ]}
    >
      <Datagrid bulkActionButtons={false} rowClick={(_id, _resource, record) => (writes && record.status === 'due' ? 'edit' : false)}>
        <TextField source="wave" />
        <SelectField source="respondent" sortable={false} choices={choicesOf(RESPONDENTS, 'binome.respondents')} />
        <TextField source="pairId" sortable={false} />
        <LocaleDate source="dueOn" label="resources.surveys.fields.dueOn" />
        <StatusChip source="status" label="resources.surveys.fields.status" />
        <SelectField source="dueState" sortable={false} emptyText="—" choices={choicesOf(DUE_STATES, 'binome.surveys.due_states')} />
        <LocaleDate source="answeredAt" label="resources.surveys.fields.answeredAt" />
        <SelectField source="answeredThrough" sortable={false} emptyText="—" choices={choicesOf(THROUGH, 'binome.surveys.through')} />
        {writes && <AnswerButton label="binome.surveys.answer" />}
      </Datagrid>
    </List>
  );
}

/** A due survey's way to its answer form (the row's click is the mouse's; this is a named link for keyboards and screen readers). */
function AnswerButton(_: { label: string }) {
  const record = useRecordContext();
  if (record?.status !== 'due') return null;
  return <EditButton label="binome.surveys.answer" icon={<EditNoteIcon />} />;
}

function SurveyTitle() {
  const record = useRecordContext();
  const translate = useTranslate();
  return <span>{record ? translate('binome.surveys.title', { wave: record.wave, pair: record.pairId }) : ''}</span>;
}

/** One question of the served questionnaire as an input on `answers.<question id>`, where impact's refusal of it lands. */
function QuestionInput({ question }: { question: ServedQuestion }) {
  const translate = useTranslate();
  const source = `answers.${question.id}`;
  const label = question.optional ? `${question.text} ${translate('binome.surveys.optional')}` : question.text;
  const validate = question.optional ? undefined : required();
  switch (question.kind) {
    case 'boolean':
      return (
        <RadioButtonGroupInput
          source={source}
          label={label}
          validate={validate}
          choices={[
            { id: 'true', name: 'binome.surveys.yes' },
            { id: 'false', name: 'binome.surveys.no' },
          ]}
          format={(v: unknown) => (v === undefined || v === null ? '' : String(v))}
          parse={(v: string) => v === 'true'}
        />
      );
    case 'scale':
      return (
        <NumberInput
          source={source}
          label={label}
          validate={validate}
          helperText={translate('binome.surveys.scale_help', question)}
          fullWidth
        />
      );
    case 'number':
      return (
        <NumberInput
          source={source}
          label={label}
          validate={validate}
          helperText={translate('binome.surveys.number_help', question)}
          fullWidth
        />
      );
    case 'choice': {
      const choices = question.options.map((o) => ({ id: o.code, name: o.text }));
      return question.multiple ? (
        <CheckboxGroupInput source={source} label={label} validate={validate} choices={choices} translateChoice={false} />
      ) : (
        <RadioButtonGroupInput source={source} label={label} validate={validate} choices={choices} translateChoice={false} />
      );
    }
    case 'text':
      return (
        <TextInput
          source={source}
          label={label}
          validate={validate}
          multiline
          minRows={2}
          fullWidth
          helperText={translate('binome.surveys.text_help', { max: question.maxLength })}
        />
      );
  }
}

/** The questions of the survey's questionnaire, in its version, in the console's language, as impact serves them. */
function Questions() {
  const record = useRecordContext();
  const binome = useBinome();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lang = locale === 'en' ? 'en' : 'fr';
  const served = useQuery({
    queryKey: ['impact', 'questionnaires', lang],
    queryFn: async () => (await binome.call<ServedQuestionnaire[]>('impact', 'GET', '/v1/questionnaires', { query: { lang } })).data,
    staleTime: 3_600_000,
  });
  if (!record) return null;
  if (record.status !== 'due')
    return <Alert severity="info">{translate('binome.surveys.closed', { status: translate(`binome.status.${record.status}`) })}</Alert>;
  if (served.error)
    return <Alert severity="error">{translate('binome.surveys.unavailable', { error: (served.error as Error).message })}</Alert>;
  if (!served.data) return null;
  const questionnaire = questionnaireOf(served.data, record.questionnaire as { id: string; version: number });
  if (!questionnaire)
    return (
      <Alert severity="error">
        {translate('binome.surveys.unknown', { id: record.questionnaire?.id, version: record.questionnaire?.version })}
      </Alert>
    );
  return (
    <Box sx={{ width: '100%', maxWidth: 720 }} data-testid="questionnaire" data-version={questionnaire.version}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('binome.surveys.questionnaire', { title: questionnaire.title, version: questionnaire.version })}
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('binome.surveys.help', { wave: record.wave, respondent: translate(`binome.respondents.${record.respondent}`) })}
      </Typography>
      {questionnaire.questions.map((q) => (
        <Box key={q.id}>
          <QuestionInput question={q} />
        </Box>
      ))}
    </Box>
  );
}

/**
 * A Konnecteur (or staff) enters the answers they collected for one wave of a pair they follow.
 * Saved pessimistically: impact's refusal of an answer (`body.answers.autonomy: must be between 1
 * and 5`) shows on that question; once taken, the list shows the wave answered.
 */
export function SurveyEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list" transform={answersBody} title={<SurveyTitle />}>
      <SimpleForm toolbar={<ProblemToolbar />} sanitizeEmptyValues={false}>
        <Questions />
      </SimpleForm>
    </Edit>
  );
}

const KIND_CHOICES = choicesOf(OUTCOME_KINDS, 'binome.outcomes.kinds');
const CATEGORY_CHOICES = choicesOf(INSERTION_CATEGORIES, 'binome.outcomes.categories');

function OutcomeActions() {
  return <TopToolbar>{canWrite(useConsolePermissions(), 'outcomes') && <CreateButton />}</TopToolbar>;
}

/** Outcomes with both classifications side by side (the French insertion typology and the programme's positive exit). */
export function OutcomeList() {
  return (
    <List
      actions={<OutcomeActions />}
      sort={{ field: 'recordedAt', order: 'DESC' }}
      filters={[<TextInput key="promotionId" source="promotionId" alwaysOn />, <TextInput key="pairId" source="pairId" />]}
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="pairId" sortable={false} />
        <SelectField source="kind" sortable={false} choices={KIND_CHOICES} />
        <SelectField source="insertionCategory" sortable={false} choices={CATEGORY_CHOICES} />
        <BooleanField source="programmePositiveExit" sortable={false} />
        <LocaleDate source="startedOn" label="resources.outcomes.fields.startedOn" />
        <BooleanField source="evidenceProvided" sortable={false} />
        <LocaleDate source="recordedAt" label="resources.outcomes.fields.recordedAt" />
      </Datagrid>
    </List>
  );
}

/** The chosen kind's place in both classifications, as impact will compute them. */
function Typology() {
  const kind = useWatch({ name: 'kind' }) as OutcomeKind | undefined;
  const translate = useTranslate();
  if (!kind || !(kind in INSERTION_CATEGORY)) return null;
  return (
    <Alert severity="info" data-testid="outcome-typology" sx={{ mb: 2, maxWidth: 560 }}>
      {translate('binome.outcomes.typology', { category: translate(`binome.outcomes.categories.${INSERTION_CATEGORY[kind]}`) })}
      <br />
      {translate(PROGRAMME_POSITIVE.has(kind) ? 'binome.outcomes.positive' : 'binome.outcomes.not_positive')}
    </Alert>
  );
}

/** A pair by its two people (matching's pair holds ids; recruitment has the names). */
function PairOption() {
  const pair = useRecordContext();
  if (!pair) return null;
  const name = (r: RaRecord) => `${r.identity?.firstName ?? ''} ${r.identity?.lastName ?? ''}`.trim();
  return (
    <span>
      <ReferenceField record={pair} source="beneficiaryId" reference="candidates" link={false}>
        <FunctionField render={name} />
      </ReferenceField>
      {' — '}
      <ReferenceField record={pair} source="volunteerId" reference="volunteers" link={false}>
        <FunctionField render={name} />
      </ReferenceField>
    </span>
  );
}

function PairInput() {
  const promotionId = useWatch({ name: 'promotionId' }) as string | undefined;
  return (
    <ReferenceInput source="pairId" reference="pairs" filter={{ promotionId, status: 'confirmed,active,completed,dissolved' }}>
      <SelectInput optionText={<PairOption />} validate={required()} disabled={!promotionId} sx={{ minWidth: 360 }} />
    </ReferenceInput>
  );
}

/**
 * Staff (or the pair's Konnecteur) record what a beneficiary went on to: the kind, from when, and
 * the evidence; the typology of the kind is shown as it is chosen. Impact refuses an outcome
 * dated in the future on `startedOn`, which the form shows there.
 */
export function OutcomeCreate() {
  return (
    <Create redirect="list" transform={outcomeBody}>
      <SimpleForm toolbar={<ProblemToolbar />}>
        <ReferenceInput source="promotionId" reference="promotions">
          <SelectInput optionText="name" validate={required()} label="resources.outcomes.fields.promotionId" />
        </ReferenceInput>
        <PairInput />
        <SelectInput source="kind" choices={KIND_CHOICES} validate={required()} sx={{ minWidth: 360 }} />
        <Typology />
        <DateInput source="startedOn" validate={required()} />
        <TextInput source="evidence" multiline minRows={2} fullWidth helperText="binome.outcomes.evidence_help" />
      </SimpleForm>
    </Create>
  );
}
