import { recruitmentEvents, referralEvents } from '@binome/contracts';
import { createEnvelope, decodePayload, eventType } from './envelope';
import { EVENTS, isRegistered, registeredEventType } from './registry';

describe('event registry', () => {
  it('When an event is looked up by key, then its wire name is the protobuf full name of its generated message', () => {
    expect(EVENTS.CandidateApplied.name).toBe('binome.events.v1.CandidateApplied');
    expect(EVENTS.CandidateApplied.codec).toBe(recruitmentEvents.CandidateApplied);
    expect(EVENTS.ReferralErased.name).toBe('binome.events.v1.ReferralErased');
    expect(registeredEventType('binome.events.v1.PairConfirmed')).toBe(EVENTS.PairConfirmed);
  });

  it('When a message is only a part of another (ReferredPerson), then it is not an event', () => {
    expect(Object.keys(EVENTS)).not.toContain('ReferredPerson');
    expect(registeredEventType('binome.events.v1.ReferredPerson')).toBeUndefined();
    expect(referralEvents.ReferredPerson).toBeDefined();
  });

  it('When a type is written by hand with a misspelt name, then it is not registered', () => {
    expect(isRegistered(eventType('binome.events.v1.CandidateAplied', recruitmentEvents.CandidateApplied) as never)).toBe(false);
    expect(isRegistered(EVENTS.CandidateApplied as never)).toBe(true);
  });

  it('When an envelope is made from a registered type, then it decodes with the same type', () => {
    const envelope = createEnvelope({
      type: EVENTS.CandidateErased,
      payload: { candidateId: 'c1', territoryId: 'rennes' },
      territoryId: 'rennes',
      aggregateType: 'candidate',
      aggregateId: 'c1',
      source: 'test',
    });
    expect(envelope.type).toBe('binome.events.v1.CandidateErased');
    expect(decodePayload(EVENTS.CandidateErased, envelope).candidateId).toBe('c1');
  });
});
