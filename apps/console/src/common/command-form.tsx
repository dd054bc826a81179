import type { ReactNode } from 'react';
import { Alert } from '@mui/material';
import { Form, SaveButton, Toolbar, useNotify, useRefresh, type Identifier } from 'react-admin';
import { useFormState } from 'react-hook-form';
import { useBinome } from './console-context';
import type { ApiError } from '../data/problem';

/** The problem's detail when no field took it (the form shows each field's own message beside it). */
export function RootError() {
  const { errors } = useFormState();
  const root = (errors.root as { serverError?: { message?: string } } | undefined)?.serverError?.message;
  return root ? (
    <Alert severity="error" role="alert" sx={{ my: 1 }}>
      {root}
    </Alert>
  ) : null;
}

/**
 * A form that runs one command on a record (`POST <resource>/{id}/<action>`): a refused command's
 * problem+json lands on the fields it names, its detail above the button.
 */
export function CommandForm(props: {
  resource: string;
  id: Identifier;
  action: string;
  label: string;
  defaultValues?: Record<string, unknown>;
  transform?: (values: Record<string, unknown>) => unknown;
  onDone?: (data: unknown) => void;
  success?: string;
  /** Sends the command elsewhere than `<resource>/{id}/<action>` (a pair's meetings live in scheduling). */
  send?: (body: unknown) => Promise<{ data: unknown }>;
  children: ReactNode;
}) {
  const binome = useBinome();
  const notify = useNotify();
  const refresh = useRefresh();
  return (
    <Form
      // A command is not an edit of the record in context: without its own record the form would
      // start from the whole record and send it all (the services refuse unknown keys).
      record={{}}
      defaultValues={props.defaultValues}
      onSubmit={async (values: Record<string, unknown>) => {
        try {
          const body = props.transform ? props.transform(values) : values;
          const { data } = props.send ? await props.send(body) : await binome.command(props.resource, props.id, props.action, body);
          notify(props.success ?? 'binome.intake.recorded', { type: 'success' });
          props.onDone?.(data);
          refresh();
          return undefined;
        } catch (e) {
          const err = e as ApiError;
          if (err.body?.errors) return err.body.errors;
          notify(err.message, { type: 'error' });
          return undefined;
        }
      }}
    >
      {props.children}
      <RootError />
      <SaveButton label={props.label} alwaysEnable />
    </Form>
  );
}

/**
 * The toolbar of a create or edit form: the refused save's detail above the button (each field
 * the problem+json names shows its own message beside it; react-admin maps them in pessimistic mode).
 */
export function ProblemToolbar() {
  return (
    <Toolbar sx={{ flexDirection: 'column', alignItems: 'flex-start' }}>
      <RootError />
      <SaveButton />
    </Toolbar>
  );
}
