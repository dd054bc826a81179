/** `datetime-local` values (the browser's local time) as instants; empty optional texts left out. */
export function sessionBody(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === '' || value === null || value === undefined) continue;
    out[key] = ['startsAt', 'endsAt', 'closesAt'].includes(key) ? new Date(String(value)).toISOString() : value;
  }
  return out;
}
