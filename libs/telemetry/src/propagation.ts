import { context, propagation, trace, SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api';

export type TraceCarrier = Record<string, string>;

/** The active trace context as W3C headers (traceparent, tracestate); empty when tracing is off. */
export function captureTraceContext(): TraceCarrier {
  const carrier: TraceCarrier = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

const tracer = () => trace.getTracer('binome');

/**
 * Runs `fn` in a span whose parent is the context carried in `carrier` (Kafka headers, an outbox
 * entry). This is how a trace continues from an HTTP request, through the outbox, to a consumer.
 */
export async function inSpanFromCarrier<T>(
  name: string,
  carrier: TraceCarrier,
  kind: 'producer' | 'consumer' | 'internal',
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = propagation.extract(context.active(), carrier);
  const spanKind = kind === 'producer' ? SpanKind.PRODUCER : kind === 'consumer' ? SpanKind.CONSUMER : SpanKind.INTERNAL;
  return tracer().startActiveSpan(name, { kind: spanKind }, parent, async (span) => {
    try {
      return await fn(span);
    } catch (e) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: e instanceof Error ? e.name : 'error' });
      throw e;
    } finally {
      span.end();
    }
  });
}
