/** RFC 9457 problem details as the services send them (libs/http-server's `toProblem`). */
export interface Problem {
  type?: string;
  status?: number;
  code?: string;
  title?: string;
  detail?: string;
  errors?: { field: string; message: string }[];
}

/**
 * What react-admin's forms read from a rejected save: `body.errors` keyed by the form's field
 * paths, plus `root.serverError` for what no field names. The services name fields from the
 * request's point of view (`body.workplace.town`, `query.territoryId`); the form's paths are the
 * same without the `body.` prefix, and several messages on one field are joined.
 */
export function fieldErrorsOf(problem: Problem): Record<string, unknown> {
  const errors: Record<string, unknown> = {};
  const byField = new Map<string, string[]>();
  for (const issue of problem.errors ?? []) {
    const field = issue.field.replace(/^body\./, '');
    byField.set(field, [...(byField.get(field) ?? []), issue.message]);
  }
  for (const [field, messages] of byField) setPath(errors, field, [...new Set(messages)].join(' ; '));
  errors.root = { serverError: problem.detail ?? problem.title ?? 'Request refused' };
  return errors;
}

// react-hook-form reads nested errors as nested objects (`workplace: { town: '…' }`).
function setPath(target: Record<string, unknown>, path: string, value: string): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = (typeof next === 'object' && next !== null ? next : (node[key] = {})) as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (typeof node[last] !== 'object') node[last] = value;
}

/**
 * A refused request, shaped as react-admin's `HttpError` (message, status, body) so that its
 * notifications and form validation read it as their own, with the problem kept for screens that
 * show more (an illegal transition's allowed states, a rule that forbids a pair).
 */
export class ApiError extends Error {
  override readonly name = 'HttpError';
  constructor(
    message: string,
    readonly status: number,
    readonly body: { errors: Record<string, unknown>; problem: Problem },
  ) {
    super(message);
  }
}

export function apiErrorOf(status: number, problem: Problem | undefined, fallback: string): ApiError {
  const p: Problem = problem ?? { status, title: fallback };
  return new ApiError(p.detail ?? p.title ?? fallback, status, { errors: fieldErrorsOf(p), problem: p });
}
