import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  List as MuiList,
  ListItem,
  ListItemIcon,
  ListItemText,
  Step,
  StepContent,
  StepLabel,
  Stepper,
  Typography,
} from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import {
  BooleanInput,
  CheckboxGroupInput,
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleShowLayout,
  TopToolbar,
  TextField,
  TextInput,
  useRecordContext,
  useTranslate,
  required,
  type RaRecord,
} from 'react-admin';
import { CommandForm } from '../../common/command-form';
import { EraseButton, ErasedNotice } from '../../common/erase-button';
import { choicesOf, FRENCH_LEVELS, LocaleDate, StatusChip, useFormatters, WORKSHOP_NEEDS } from '../../common/fields';
import { useBinome, useConsolePermissions } from '../../common/console-context';
import { isTerritoryStaff } from '../../auth/access';
import { fullName } from './candidate-list';

const STEP_OF: Record<string, number> = { applied: 1, screened: 2, interviewed: 3, admitted: 4, waitlisted: 4, referred: 4, closed: 4 };

interface Eligibility {
  eligible: boolean;
  criteria: { criterion: string; met: boolean; explanation: string }[];
}

function EligibilityPanel({ id }: { id: string }) {
  const binome = useBinome();
  const translate = useTranslate();
  const [eligibility, setEligibility] = useState<Eligibility>();
  useEffect(() => {
    binome.call<Eligibility>('recruitment', 'GET', `/v1/candidates/${id}/eligibility`).then(
      (r) => setEligibility(r.data),
      () => setEligibility(undefined),
    );
  }, [binome, id]);
  if (!eligibility) return null;
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="subtitle1" component="h3">
        {translate('binome.intake.decision.eligibility')}
      </Typography>
      <Alert severity={eligibility.eligible ? 'success' : 'warning'} sx={{ my: 1 }}>
        {translate(eligibility.eligible ? 'binome.intake.decision.eligible' : 'binome.intake.decision.not_eligible')}
      </Alert>
      <MuiList dense aria-label={translate('binome.intake.decision.eligibility')}>
        {eligibility.criteria.map((c) => (
          <ListItem key={c.criterion}>
            <ListItemIcon>
              {c.met ? <CheckCircleIcon color="success" titleAccess="✓" /> : <CancelIcon color="error" titleAccess="✗" />}
            </ListItemIcon>
            <ListItemText primary={c.explanation} secondary={c.criterion} />
          </ListItem>
        ))}
      </MuiList>
    </Box>
  );
}

function ScreeningStep({ id }: { id: string }) {
  const t = 'binome.intake.screening';
  return (
    <CommandForm
      resource="candidates"
      id={id}
      action="screening"
      label={`${t}.submit`}
      defaultValues={{ understoodProgramme: true, housingStable: true, resourcesStable: true, outcome: 'passed' }}
    >
      <BooleanInput source="understoodProgramme" label={`${t}.understoodProgramme`} />
      <BooleanInput source="housingStable" label={`${t}.housingStable`} />
      <BooleanInput source="resourcesStable" label={`${t}.resourcesStable`} />
      <RadioButtonGroupInput
        source="outcome"
        label={`${t}.outcome`}
        choices={[
          { id: 'passed', name: `${t}.passed` },
          { id: 'failed', name: `${t}.failed` },
        ]}
      />
      <TextInput source="notes" label={`${t}.notes`} multiline fullWidth />
    </CommandForm>
  );
}

function InterviewStep({ id }: { id: string }) {
  const t = 'binome.intake.interview';
  return (
    <CommandForm
      resource="candidates"
      id={id}
      action="interview"
      label={`${t}.submit`}
      defaultValues={{ durationMinutes: 45, interviewerIds: '', need: 3, motivation: 3, projectMaturity: 3, workshopNeeds: [] }}
      transform={(v) => ({
        interviewerIds: String(v.interviewerIds ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        durationMinutes: v.durationMinutes,
        assessedFrenchLevel: v.assessedFrenchLevel,
        need: { score: v.need },
        motivation: { score: v.motivation },
        projectMaturity: { score: v.projectMaturity },
        workshopNeeds: v.workshopNeeds,
        ...(v.notes ? { notes: v.notes } : {}),
      })}
    >
      <TextInput source="interviewerIds" label={`${t}.interviewerIds`} helperText="staff-anne, staff-karim" validate={required()} />
      <NumberInput source="durationMinutes" label={`${t}.durationMinutes`} min={1} />
      <SelectInput
        source="assessedFrenchLevel"
        label={`${t}.assessedFrenchLevel`}
        choices={choicesOf(FRENCH_LEVELS)}
        validate={required()}
      />
      <NumberInput source="need" label={`${t}.need`} min={1} max={5} />
      <NumberInput source="motivation" label={`${t}.motivation`} min={1} max={5} />
      <NumberInput source="projectMaturity" label={`${t}.projectMaturity`} min={1} max={5} />
      <CheckboxGroupInput source="workshopNeeds" label={`${t}.workshopNeeds`} choices={choicesOf(WORKSHOP_NEEDS)} />
      <TextInput source="notes" label={`${t}.notes`} multiline fullWidth />
    </CommandForm>
  );
}

function DecisionStep({ record }: { record: RaRecord }) {
  const t = 'binome.intake.decision';
  return (
    <>
      <EligibilityPanel id={String(record.id)} />
      <CommandForm
        resource="candidates"
        id={record.id}
        action="decision"
        label={`${t}.submit`}
        defaultValues={{ outcome: 'admitted' }}
        transform={(v) => ({
          outcome: v.outcome,
          ...(v.outcome !== 'referred' && v.promotionId ? { promotionId: v.promotionId } : {}),
          ...(v.outcome === 'referred' ? { partnerId: v.partnerId } : {}),
          ...(v.reason ? { reason: v.reason } : {}),
          ...(v.override ? { override: { reason: v.overrideReason } } : {}),
        })}
      >
        <RadioButtonGroupInput
          source="outcome"
          label={`${t}.outcome`}
          choices={choicesOf(['admitted', 'waitlisted', 'referred'], 'binome.status')}
        />
        <FormDataConsumer>
          {({ formData }) =>
            formData.outcome === 'referred' ? (
              <ReferenceInput source="partnerId" reference="partner-organisations" filter={{ territoryId: record.territoryId }}>
                <SelectInput label={`${t}.partnerId`} optionText="name" validate={required()} />
              </ReferenceInput>
            ) : (
              <ReferenceInput source="promotionId" reference="promotions" filter={{ territoryId: record.territoryId }}>
                <SelectInput label={`${t}.promotionId`} optionText="name" validate={required()} />
              </ReferenceInput>
            )
          }
        </FormDataConsumer>
        <TextInput source="reason" label={`${t}.reason`} fullWidth />
        <BooleanInput source="override" label={`${t}.override`} />
        <FormDataConsumer>
          {({ formData }) =>
            formData.override && <TextInput source="overrideReason" label={`${t}.override_reason`} validate={required()} fullWidth />
          }
        </FormDataConsumer>
      </CommandForm>
    </>
  );
}

function CloseForm({ id }: { id: string }) {
  return (
    <CommandForm resource="candidates" id={id} action="close" label="binome.intake.close">
      <SelectInput
        source="reason"
        label="binome.intake.close_reason"
        choices={choicesOf(['withdrawn', 'not_retained_at_screening', 'unreachable', 'moved_away', 'other'])}
        validate={required()}
      />
    </CommandForm>
  );
}

/** The 4-step intake as a stepper: what was recorded at each step, and the form of the next one. */
function IntakeStepper() {
  const record = useRecordContext();
  const translate = useTranslate();
  const f = useFormatters();
  const staff = isTerritoryStaff(useConsolePermissions(), 'candidates');
  if (!record) return null;
  const active = STEP_OF[record.status as string] ?? 0;
  const dateOf = (status: string) => (record.history as { status: string; at: string }[] | undefined)?.find((h) => h.status === status)?.at;
  const done = (key: string, at?: string) => (
    <Typography variant="body2">
      {at ? translate('binome.intake.done_on', { date: f.date(at) }) : ''} {key}
    </Typography>
  );
  return (
    <Stepper activeStep={active} orientation="vertical" aria-label="intake">
      <Step completed>
        <StepLabel>{translate('binome.intake.steps.applied')}</StepLabel>
        <StepContent>{done('', record.appliedAt)}</StepContent>
      </Step>
      <Step completed={active > 1}>
        <StepLabel
          optional={record.screening && done(translate(`binome.intake.screening.${record.screening.outcome}`), record.screening.at)}
        >
          {translate('binome.intake.steps.screening')}
        </StepLabel>
        <StepContent>{staff && record.status === 'applied' && <ScreeningStep id={String(record.id)} />}</StepContent>
      </Step>
      <Step completed={active > 2}>
        <StepLabel
          optional={
            record.interview &&
            done(`${record.interview.assessedFrenchLevel} · ${(record.interview.workshopNeeds ?? []).join(', ')}`, record.interview.at)
          }
        >
          {translate('binome.intake.steps.interview')}
        </StepLabel>
        <StepContent>{staff && record.status === 'screened' && <InterviewStep id={String(record.id)} />}</StepContent>
      </Step>
      <Step completed={active > 3}>
        <StepLabel
          optional={record.decision && done(translate(`binome.status.${record.decision.outcome}`), dateOf(record.decision.outcome))}
        >
          {translate('binome.intake.steps.decision')}
        </StepLabel>
        <StepContent>{staff && record.status === 'interviewed' && <DecisionStep record={record} />}</StepContent>
      </Step>
    </Stepper>
  );
}

function Title() {
  const record = useRecordContext();
  return <span>{record ? fullName(record) : ''}</span>;
}

export function CandidateShow() {
  const staff = isTerritoryStaff(useConsolePermissions(), 'candidates');
  return (
    <Show
      title={<Title />}
      actions={
        <TopToolbar>
          <EraseButton resource="candidates" />
        </TopToolbar>
      }
    >
      <ErasedNotice />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', p: 2 }}>
        <Card sx={{ flex: '1 1 320px' }} variant="outlined">
          <CardContent>
            <SimpleShowLayout>
              <TextField source="identity.firstName" />
              <TextField source="identity.lastName" />
              <StatusChip source="status" label="resources.candidates.fields.status" />
              <TextField source="territoryId" />
              <TextField source="contact.email" emptyText="—" />
              <TextField source="contact.town" />
              <TextField source="protection.status" emptyText="—" />
              <TextField source="frenchLevel" />
              <TextField source="target.trade" emptyText="—" />
              <LocaleDate source="appliedAt" label="resources.candidates.fields.appliedAt" />
            </SimpleShowLayout>
          </CardContent>
        </Card>
        <Card sx={{ flex: '2 1 480px' }} variant="outlined">
          <CardContent>
            <IntakeStepper />
            <CloseIfOpen staff={staff} />
          </CardContent>
        </Card>
      </Box>
    </Show>
  );
}

function CloseIfOpen({ staff }: { staff: boolean }) {
  const record = useRecordContext();
  if (!staff || !record || ['closed', 'admitted', 'referred'].includes(record.status as string)) return null;
  return (
    <Box sx={{ mt: 3, maxWidth: 360 }}>
      <CloseForm id={String(record.id)} />
    </Box>
  );
}
