import { events, recruitmentEvents } from '@binome/contracts';
import { createEnvelope, decodeEnvelope, decodePayload, encodeEnvelope, EnvelopeDecodeError, eventType } from './envelope';
import { toMessage } from './publisher';
import { withCorrelationId } from '@binome/telemetry';

const CandidateErased = eventType('binome.events.v1.CandidateErased', recruitmentEvents.CandidateErased);

const erasedInput = () => ({
  type: CandidateErased,
  payload: { candidateId: 'c-1', territoryId: 'rennes', erasedAt: new Date('2026-01-02T03:04:05Z') },
  territoryId: 'rennes',
  aggregateType: 'candidate',
  aggregateId: 'c-1',
  source: 'recruitment',
});
const erased = () => createEnvelope(erasedInput());

describe('event envelope', () => {
  it('When an envelope is encoded and decoded, then ids, metadata and payload survive', () => {
    const e = erased();
    const back = decodeEnvelope(encodeEnvelope(e));
    expect(back).toMatchObject({
      id: e.id,
      type: 'binome.events.v1.CandidateErased',
      territoryId: 'rennes',
      aggregateId: 'c-1',
      schemaVersion: 1,
    });
    expect(back.correlationId).toBe(e.id);
    expect(decodePayload(CandidateErased, back)).toEqual({
      candidateId: 'c-1',
      territoryId: 'rennes',
      erasedAt: new Date('2026-01-02T03:04:05Z'),
    });
  });

  it('When an envelope is created while a request runs, then its correlation id is the request id; an explicit one wins', () => {
    expect(withCorrelationId('req-12345678', () => erased()).correlationId).toBe('req-12345678');
    expect(withCorrelationId('req-12345678', () => createEnvelope({ ...erasedInput(), correlationId: 'cause-1' })).correlationId).toBe(
      'cause-1',
    );
  });

  it('When two envelopes are created, then their ids differ', () => {
    expect(erased().id).not.toBe(erased().id);
  });

  it.each([
    ['an empty value', Buffer.alloc(0), /empty/],
    ['bytes that are not protobuf', Buffer.from([0xff, 0xff, 0xff, 0xff]), /not a protobuf EventEnvelope/],
    [
      'an envelope without id and type',
      Buffer.from(events.EventEnvelope.encode({ ...erased(), id: '', type: '' }).finish()),
      /lacks id, type/,
    ],
  ])('When the message value is %s, then decoding fails with EnvelopeDecodeError', (_case, value, message) => {
    expect(() => decodeEnvelope(value)).toThrow(EnvelopeDecodeError);
    expect(() => decodeEnvelope(value)).toThrow(message);
  });

  it('When an envelope becomes a Kafka message, then the key is the aggregate id and headers name the event', () => {
    const e = erased();
    const m = toMessage('binome.recruitment.v1', e, { traceparent: '00-abc-def-01' });
    expect(m.key).toBe('c-1');
    expect(m.headers).toEqual({ traceparent: '00-abc-def-01', 'event-type': e.type, 'event-id': e.id });
  });
});
