import { useEffect, useState } from 'react';
import { Box, Button as MuiButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  Create,
  CreateButton,
  Datagrid,
  DateInput,
  List,
  NumberField,
  NumberInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TabbedShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { choicesOf, LocaleDate, StatusChip, TerritoryInput } from '../../common/fields';
import { useBinome, useConsolePermissions } from '../../common/console-context';
import { canWrite, isTerritoryStaff } from '../../auth/access';
import type { ApiError } from '../../data/problem';

const STATUSES = ['planned', 'recruiting', 'running', 'closed'] as const;
const NEXT: Record<string, string[]> = { planned: ['recruiting'], recruiting: ['running', 'planned'], running: ['closed'], closed: [] };

function ListActions() {
  return <TopToolbar>{canWrite(useConsolePermissions(), 'promotions') && <CreateButton />}</TopToolbar>;
}

export function PromotionList() {
  return (
    <List
      actions={<ListActions />}
      sort={{ field: 'startsOn', order: 'DESC' }}
      filters={[
        <TextInput key="q" source="q" label="ra.action.search" alwaysOn />,
        <SelectInput key="status" source="status" choices={choicesOf(STATUSES, 'binome.status')} alwaysOn />,
      ]}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="territoryId" sortable={false} />
        <StatusChip source="status" label="resources.promotions.fields.status" />
        <LocaleDate source="startsOn" label="resources.promotions.fields.startsOn" sortBy="startsOn" />
        <LocaleDate source="endsOn" label="resources.promotions.fields.endsOn" sortable={false} />
        <NumberField source="capacity" sortable={false} />
      </Datagrid>
    </List>
  );
}

function Transitions() {
  const record = useRecordContext();
  const binome = useBinome();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const staff = isTerritoryStaff(useConsolePermissions(), 'promotions');
  if (!record || !staff) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ my: 1 }}>
      {(NEXT[record.status as string] ?? []).map((to) => (
        <MuiButton
          key={to}
          variant="outlined"
          onClick={() =>
            binome.command('promotions', record.id, 'transitions', { to }).then(
              () => refresh(),
              (e: ApiError) => notify(e.message, { type: 'error' }),
            )
          }
        >
          {translate('binome.promotions.transition', { status: translate(`binome.status.${to}`) })}
        </MuiButton>
      ))}
      {canWrite(useConsolePermissions(), 'pairs') && (
        <MuiButton component={Link} to={`/matching?promotionId=${record.id}`} variant="contained">
          {translate('binome.promotions.open_matching')}
        </MuiButton>
      )}
    </Stack>
  );
}

interface Waitlist {
  capacity: number;
  admitted: number;
  waitlist: { rank: number; candidateId: string; firstName: string; lastName: string; waitlistedAt: string }[];
}

function WaitlistTab() {
  const record = useRecordContext();
  const binome = useBinome();
  const translate = useTranslate();
  const [waitlist, setWaitlist] = useState<Waitlist>();
  useEffect(() => {
    if (record)
      binome.call<Waitlist>('recruitment', 'GET', `/v1/promotions/${record.id}/waitlist`).then(
        (r) => setWaitlist(r.data),
        () => undefined,
      );
  }, [binome, record]);
  if (!waitlist) return null;
  return (
    <Box>
      <Typography>{translate('binome.promotions.capacity', { admitted: waitlist.admitted, capacity: waitlist.capacity })}</Typography>
      {waitlist.waitlist.length === 0 ? (
        <Typography sx={{ mt: 1 }}>{translate('binome.promotions.waitlist_empty')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('binome.promotions.waitlist')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('binome.promotions.rank')}</TableCell>
              <TableCell>{translate('resources.candidates.fields.lastName')}</TableCell>
              <TableCell>{translate('resources.candidates.fields.firstName')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {waitlist.waitlist.map((w) => (
              <TableRow key={w.candidateId}>
                <TableCell>{w.rank}</TableCell>
                <TableCell>
                  <Link to={`/candidates/${w.candidateId}/show`}>{w.lastName}</Link>
                </TableCell>
                <TableCell>{w.firstName}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}

export function PromotionShow() {
  const staff = isTerritoryStaff(useConsolePermissions(), 'candidates');
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="ra.page.show">
          <TextField source="name" />
          <TextField source="territoryId" />
          <StatusChip source="status" label="resources.promotions.fields.status" />
          <NumberField source="capacity" />
          <Transitions />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="binome.promotions.calendar">
          <SimpleShowLayout>
            <LocaleDate source="startsOn" label="resources.promotions.fields.startsOn" />
            <LocaleDate source="kickoffOn" label="resources.promotions.fields.kickoffOn" />
            <LocaleDate source="rexEveningOn" label="resources.promotions.fields.rexEveningOn" />
            <LocaleDate source="endsOn" label="resources.promotions.fields.endsOn" />
          </SimpleShowLayout>
        </TabbedShowLayout.Tab>
        {staff && (
          <TabbedShowLayout.Tab label="binome.promotions.waitlist">
            <WaitlistTab />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
}

export function PromotionCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <TerritoryInput validate={required()} />
        <TextInput source="name" validate={required()} />
        <DateInput source="startsOn" validate={required()} />
        <DateInput source="endsOn" validate={required()} />
        <NumberInput source="capacity" min={1} />
        <DateInput source="kickoffOn" />
        <DateInput source="rexEveningOn" />
      </SimpleForm>
    </Create>
  );
}
