import request from 'supertest';
import pino from 'pino';
import { decodeEnvelope, decodePayload, EVENTS, TOPICS } from '@binome/events';
import { bearer, inProcessSuite, readTopic, subjectOf, testServiceConfig, uniqueId } from '@binome/testing';
import { createResourcesService } from '../../resources.service';

const { ModuleCompleted } = EVENTS;

/**
 * Training modules against the real database, Kafka (the outbox publishes ModuleCompleted on
 * binome.resources.v1, which recruitment consumes) and Keycloak tokens.
 */
describe('resources: training modules and completion', () => {
  const service = createResourcesService(testServiceConfig('resources'), pino({ level: 'silent' }));
  const suite = inProcessSuite(service, {
    rennes: ['rennes', 'manager'],
    tours: ['tours', 'manager'],
    konnecteur: ['rennes', 'konnecteur'],
    beneficiary: ['rennes', 'beneficiary'],
    volunteer: ['rennes', 'volunteer'],
  });
  const t = suite.tokens;
  const post = (path: string, body: object, token: string) => request(suite.api).post(path).set(bearer(token)).send(body);
  const get = (path: string, token: string) => request(suite.api).get(path).set(bearer(token));
  const completionsOf = async (moduleId: string, count: number) => {
    const seen = await readTopic(TOPICS.resources, (m) => m.filter((x) => x.key?.toString() === moduleId).length >= count);
    return seen.filter((x) => x.key?.toString() === moduleId).map((x) => decodePayload(ModuleCompleted, decodeEnvelope(x.value)));
  };

  it('When staff record the training day for a volunteer, then the mandatory module is completed once and ModuleCompleted names the volunteer', async () => {
    const m = await post(
      '/v1/training-modules',
      {
        territoryId: 'rennes',
        title: 'Journée de formation initiale',
        audience: 'volunteer',
        mandatory: true,
        parts: [
          { id: 'rights', title: 'Droit d’asile et droits des réfugiés' },
          { id: 'intercultural', title: 'Communication interculturelle' },
          { id: 'posture', title: 'Posture de mentor' },
        ],
        rule: { kind: 'attendance' },
      },
      t.rennes,
    );
    expect(m.status).toBe(201);
    const volunteerId = uniqueId('vol-');
    const first = await post(`/v1/training-modules/${m.body.id}/attendance`, { personId: volunteerId, attendedOn: '2026-11-20' }, t.rennes);
    expect(first.body).toMatchObject({ completed: true, completedOn: '2026-11-20', personKind: 'volunteer', personId: volunteerId });
    const again = await post(`/v1/training-modules/${m.body.id}/attendance`, { personId: volunteerId, attendedOn: '2026-11-22' }, t.rennes);
    expect(again.body.completedOn).toBe('2026-11-20');
    // A second person, so the reader knows when the first person's events have all arrived.
    await post(`/v1/training-modules/${m.body.id}/attendance`, { personId: uniqueId('vol-'), attendedOn: '2026-11-20' }, t.rennes);
    const published = await completionsOf(m.body.id, 2);
    expect(published.filter((p) => p.personId === volunteerId)).toEqual([
      expect.objectContaining({
        personKind: 'volunteer',
        mandatory: true,
        rule: 'attendance',
        territoryId: 'rennes',
        completedOn: '2026-11-20',
      }),
    ]);
    // Another territory's staff do not reach the module; a future date is refused; the learner cannot record it.
    expect((await post(`/v1/training-modules/${m.body.id}/attendance`, { personId: 'x', attendedOn: '2026-11-20' }, t.tours)).status).toBe(
      404,
    );
    const future = await post(`/v1/training-modules/${m.body.id}/attendance`, { personId: 'x', attendedOn: '2999-01-01' }, t.rennes);
    expect({ status: future.status, field: future.body.errors?.[0]?.field }).toEqual({ status: 400, field: 'body.attendedOn' });
    expect(
      (await post(`/v1/training-modules/${m.body.id}/attendance`, { personId: 'x', attendedOn: '2026-11-20' }, t.volunteer)).status,
    ).toBe(403);
    expect((await get(`/v1/training-modules/${m.body.id}/completions`, t.rennes)).body).toHaveLength(2);
  });

  it('When a Konnecteur reads every part and passes the quiz, then the module is completed; the quiz answers are never shown to them', async () => {
    const m = await post(
      '/v1/training-modules',
      {
        territoryId: 'rennes',
        title: 'Suivre un binôme',
        audience: 'konnecteur',
        parts: [
          { id: 'role', title: 'Le rôle du Konnecteur' },
          { id: 'alerts', title: 'Les alertes de rythme' },
        ],
        rule: {
          kind: 'parts-and-quiz',
          passMark: 50,
          questions: [
            { id: 'q1', prompt: 'Combien de rencontres par mois ?', options: ['une', 'deux'], answer: 1 },
            { id: 'q2', prompt: 'Qui confirme une rencontre ?', options: ['les deux', 'personne'], answer: 0 },
          ],
        },
      },
      t.rennes,
    );
    const id = m.body.id as string;
    const seen = await get(`/v1/training-modules/${id}`, t.konnecteur);
    expect(seen.body.rule.questions[0]).toEqual({ id: 'q1', prompt: 'Combien de rencontres par mois ?', options: ['une', 'deux'] });
    expect((await get(`/v1/training-modules/${id}`, t.beneficiary)).status).toBe(404);
    const failed = await post(`/v1/training-modules/${id}/quiz`, { answers: [0, 1] }, t.konnecteur);
    expect(failed.body).toMatchObject({ completed: false, attempts: [{ score: 0, passed: false }] });
    const passed = await post(`/v1/training-modules/${id}/quiz`, { answers: [1, 1] }, t.konnecteur);
    expect(passed.body).toMatchObject({ completed: false, attempts: [{ passed: false }, { score: 50, passed: true }] });
    await post(`/v1/training-modules/${id}/parts/role/read`, {}, t.konnecteur);
    const done = await post(`/v1/training-modules/${id}/parts/alerts/read`, {}, t.konnecteur);
    expect(done.body).toMatchObject({
      completed: true,
      personKind: 'konnecteur',
      personId: subjectOf(t.konnecteur),
      partsRead: ['role', 'alerts'],
    });
    expect((await post(`/v1/training-modules/${id}/quiz`, { answers: [1] }, t.konnecteur)).body.errors[0].field).toBe('body.answers');
    expect((await post(`/v1/training-modules/${id}/parts/nope/read`, {}, t.konnecteur)).status).toBe(404);
    expect((await post(`/v1/training-modules/${id}/quiz`, { answers: [1, 0] }, t.volunteer)).status).toBe(404);
  });

  it('When a module body is bad, then 400 names the field', async () => {
    const res = await post(
      '/v1/training-modules',
      { territoryId: 'rennes', title: 'Quiz', audience: 'koach', parts: [], rule: { kind: 'parts-and-quiz', passMark: 0, questions: [] } },
      t.rennes,
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'body.parts',
      'body.rule.passMark',
      'body.rule.questions',
    ]);
  });
});
