import { BooleanField, Datagrid, List, SelectInput, TextField, TextInput } from 'react-admin';
import { choicesOf, LocaleDate, StatusChip } from '../../common/fields';

// The vocabularies of apps/impact (survey waves, respondents, statuses; outcome kinds).
const WAVES = ['T0', 'T3', 'T6', 'T12'] as const;
const RESPONDENTS = ['beneficiary', 'volunteer'] as const;
const SURVEY_STATUSES = ['due', 'answered', 'cancelled'] as const;

/** The surveys staff and Konnecteurs collect: what is due, for which pair and wave, and what came back. */
export function SurveyList() {
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
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="wave" />
        <TextField source="respondent" sortable={false} />
        <TextField source="pairId" sortable={false} />
        <LocaleDate source="dueOn" label="resources.surveys.fields.dueOn" />
        <StatusChip source="status" label="resources.surveys.fields.status" />
        <TextField source="dueState" sortable={false} emptyText="—" />
        <LocaleDate source="answeredAt" label="resources.surveys.fields.answeredAt" />
        <TextField source="answeredThrough" sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}

/** Outcomes with both classifications side by side (the French insertion typology and the programme's positive exit). */
export function OutcomeList() {
  return (
    <List filters={[<TextInput key="promotionId" source="promotionId" alwaysOn />, <TextInput key="pairId" source="pairId" />]}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="pairId" sortable={false} />
        <TextField source="kind" sortable={false} />
        <TextField source="insertionCategory" sortable={false} />
        <BooleanField source="programmePositiveExit" sortable={false} />
        <LocaleDate source="startedOn" label="resources.outcomes.fields.startedOn" />
        <BooleanField source="evidenceProvided" sortable={false} />
      </Datagrid>
    </List>
  );
}
