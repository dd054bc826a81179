import { Alert } from '@mui/material';
import { DeleteWithConfirmButton, useRecordContext, useTranslate } from 'react-admin';
import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import { isTerritoryStaff } from '../auth/access';
import type { ConsoleResource } from '../data/resources';
import { useConsolePermissions } from './console-context';
import { useFormatters } from './fields';

/**
 * The GDPR erasure of a person (a candidate or a volunteer), for the territory's staff: a confirmed
 * DELETE through the data provider; recruitment keeps a shell and every service drops what it holds
 * of the person. Pessimistic: the list is shown once the service has answered.
 */
export function EraseButton({ resource }: { resource: Extract<ConsoleResource, 'candidates' | 'volunteers'> }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const permissions = useConsolePermissions();
  if (!record || record.erasedAt || !isTerritoryStaff(permissions, resource)) return null;
  return (
    <DeleteWithConfirmButton
      label="binome.erasure.button"
      icon={<PersonRemoveIcon />}
      confirmTitle={translate('binome.erasure.confirm_title')}
      confirmContent={translate('binome.erasure.confirm_content')}
      mutationMode="pessimistic"
      redirect="list"
      translateOptions={{}}
    />
  );
}

/** Says that the person's data was erased, and when (nothing for anyone else). */
export function ErasedNotice() {
  const record = useRecordContext();
  const translate = useTranslate();
  const f = useFormatters();
  if (!record?.erasedAt) return null;
  return (
    <Alert severity="info" sx={{ m: 2 }}>
      {translate('binome.erasure.erased', { date: f.date(record.erasedAt) })}
    </Alert>
  );
}
