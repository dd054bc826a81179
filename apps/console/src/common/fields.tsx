import { Chip } from '@mui/material';
import { SelectInput, useLocaleState, useRecordContext, useTranslate, type SelectInputProps } from 'react-admin';
import { useTerritories } from './console-context';

const COLORS: Record<string, 'default' | 'success' | 'warning' | 'error' | 'info' | 'primary'> = {
  admitted: 'success',
  confirmed: 'success',
  active: 'success',
  trained: 'success',
  held: 'success',
  'on-track': 'success',
  converted: 'success',
  recruiting: 'info',
  running: 'info',
  proposed: 'info',
  waitlisted: 'warning',
  watch: 'warning',
  planned: 'default',
  'at-risk': 'error',
  missed: 'error',
  closed: 'default',
  dissolved: 'error',
  withdrawn: 'default',
};

/** A status as a coloured chip, in the person's language. */
export function StatusChip({ source = 'status', value }: { source?: string; value?: string; label?: string; sortBy?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const status = value ?? (record?.[source] as string | undefined);
  if (!status) return null;
  return <Chip size="small" color={COLORS[status] ?? 'default'} label={translate(`binome.status.${status}`, { _: status })} />;
}

export function useFormatters() {
  const [locale] = useLocaleState();
  const tag = locale === 'en' ? 'en-GB' : 'fr-FR';
  return {
    date: (v: unknown) => (v ? new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }).format(new Date(String(v))) : ''),
    dateTime: (v: unknown) =>
      v ? new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(String(v))) : '',
    number: (v: number) => new Intl.NumberFormat(tag).format(v),
  };
}

/** A date (or date and time) in the person's locale. */
export function LocaleDate({
  source,
  time = false,
}: {
  source: string;
  time?: boolean;
  label?: string;
  sortBy?: string;
  sortable?: boolean;
}) {
  const record = useRecordContext();
  const f = useFormatters();
  const value = source.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], record);
  return <span>{time ? f.dateTime(value) : f.date(value)}</span>;
}

/** The territories the person may act on (one for a territory's staff, every one for HQ). */
export function TerritoryInput(props: Omit<SelectInputProps, 'choices'>) {
  const territories = useTerritories();
  return (
    <SelectInput
      source="territoryId"
      label="binome.territory"
      choices={territories.map((t) => ({ id: t, name: t[0].toUpperCase() + t.slice(1) }))}
      defaultValue={territories.length === 1 ? territories[0] : undefined}
      {...props}
    />
  );
}

export const choicesOf = (values: readonly string[], prefix?: string) =>
  values.map((v) => ({ id: v, name: prefix ? `${prefix}.${v}` : v }));

export const FRENCH_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const WORKSHOP_NEEDS = ['CV', 'LINKEDIN', 'PITCH', 'PROFESSIONAL_CODES', 'FRENCH', 'DIGITAL', 'NETWORK', 'INTERVIEW'] as const;
