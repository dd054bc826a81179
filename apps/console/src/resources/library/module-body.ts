/** An empty choice is no link (the service refuses an empty id), and the quiz's fields go only with a quiz. */
export function moduleBody(values: Record<string, unknown>): Record<string, unknown> {
  const parts = ((values.parts ?? []) as { id: string; title: string; resourceId?: string | null }[]).map(({ resourceId, ...p }) =>
    resourceId ? { ...p, resourceId } : p,
  );
  const rule = (values.rule ?? {}) as { kind?: string; passMark?: number; questions?: unknown[] };
  return { ...values, parts, rule: rule.kind === 'parts-and-quiz' ? rule : { kind: rule.kind } };
}
