import { createPublicKey } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import request from 'supertest';
import pino from 'pino';
import jwt from 'jsonwebtoken';
import { events } from '@binome/contracts';
import { createEnvelope, deadLetterTopic, EVENTS, EventPublisher, type EventEnvelope } from '@binome/events';
import { bearer, eventually, inProcessSuite, readTopic, testKafka, testServiceConfig, uniqueId } from '@binome/testing';
import { createResourcesService } from '../../resources.service';
import { ob3Validators } from '../../testing/ob3/ob3-schema';

const { WorkshopSessionAttended, ModuleCompleted, PairCompleted, CandidateErased } = EVENTS;

/**
 * Badges from events on this spec's own topics, against the real Kafka, database and Keycloak.
 * The credentials are checked by code that did not sign them: `jsonwebtoken` (auth0's JWS
 * implementation, not jose) with the published JWK, Node's zlib for the status list, and ajv
 * against 1EdTech's official Open Badges 3.0 JSON schema (`testing/ob3/`, vendored byte for byte).
 */
describe('resources: badges awarded from events, Open Badges 3.0 credentials, revocation', () => {
  const topics = {
    resources: `binome.resources.v1.test-${uniqueId()}`,
    workshops: `binome.workshops.v1.test-${uniqueId()}`,
    matching: `binome.matching.v1.test-${uniqueId()}`,
  };
  const recruitmentTopic = `binome.recruitment.v1.test-${uniqueId()}`;
  const group = `resources-awards-test-${uniqueId()}`;
  const service = createResourcesService(testServiceConfig('resources'), pino({ level: 'silent' }), {
    awardsGroup: group,
    awardTopics: topics,
    erasureGroup: `resources-erasure-test-${uniqueId()}`,
    recruitmentTopic,
  });
  const suite = inProcessSuite(service, { rennes: ['rennes', 'manager'], tours: ['tours', 'manager'], volunteer: ['rennes', 'volunteer'] });
  const t = suite.tokens;
  const kafka = testKafka();
  const publisher = new EventPublisher(kafka);
  const get = (path: string, token?: string) => (token ? request(suite.api).get(path).set(bearer(token)) : request(suite.api).get(path));
  const { credential: validOb3, profile: validProfile, achievement: validAchievement } = ob3Validators();

  beforeAll(() => publisher.connect());
  afterAll(() => publisher.disconnect());

  const attended = (personId: string, competencies: string[]): EventEnvelope =>
    createEnvelope({
      type: WorkshopSessionAttended,
      payload: {
        sessionId: uniqueId('s-'),
        workshopId: 'w-french',
        territoryId: 'rennes',
        personId,
        attendance: 'present',
        competencies,
        sessionStartsAt: new Date(),
      },
      territoryId: 'rennes',
      aggregateType: 'session',
      aggregateId: uniqueId('s-'),
      source: 'workshops',
    });
  const badgesOf = async (recipientId: string) =>
    (await get(`/v1/badges?recipientId=${recipientId}`, t.rennes)).body as { id: string; achievementId: string }[];
  const awaitBadges = (recipientId: string, n: number) =>
    eventually(
      async () => ((await badgesOf(recipientId)).length >= n ? badgesOf(recipientId) : undefined),
      30_000,
      `${n} badges for ${recipientId}`,
    );
  const text = (res: request.Response) => res.text;
  const publicKey = async () => createPublicKey({ key: (await get('/v1/public/jwks')).body.keys[0], format: 'jwk' });
  const statusBit = async (index: number) => {
    const token = text(await get('/v1/public/status-list'));
    const list = jwt.verify(token, await publicKey(), { algorithms: ['ES256'] }) as {
      credentialSubject: { encodedList: string; statusPurpose: string };
    };
    expect(list.credentialSubject.statusPurpose).toBe('revocation');
    const bits = gunzipSync(Buffer.from(list.credentialSubject.encodedList.slice(1), 'base64url'));
    return (bits[index >> 3] >> (7 - (index & 7))) & 1;
  };

  it('When a session developing French oral practice is attended, then a badge is awarded once (duplicate delivery), and its credential verifies with another JWT library and is valid against the official OB 3.0 schema, as are its issuer profile and achievement', async () => {
    const person = uniqueId('ben-');
    const e = attended(person, ['oral-french', 'networking']);
    await publisher.publish(topics.workshops, [e]);
    await publisher.publish(topics.workshops, [e]);
    const [badge] = await awaitBadges(person, 1);
    expect(badge).toMatchObject({ achievementId: 'french-oral-practice', status: 'active', display: { kind: 'identifier' } });
    // A later fact for someone else tells when the duplicate has been consumed.
    const marker = uniqueId('ben-');
    await publisher.publish(topics.workshops, [attended(marker, ['french-cv'])]);
    await awaitBadges(marker, 1);
    expect(await badgesOf(person)).toHaveLength(1);

    const credential = await get(`/v1/badges/${badge.id}/credential`, t.rennes);
    expect(credential.headers['content-type']).toMatch(/^application\/vc\+jwt/);
    const decoded = jwt.decode(credential.text, { complete: true });
    expect(decoded?.header).toMatchObject({ alg: 'ES256', typ: 'vc+jwt' });
    const vc = jwt.verify(credential.text, await publicKey(), { algorithms: ['ES256'] }) as Record<string, unknown> & {
      credentialSubject: { identifier: { identityType: string; hashed: boolean; identityHash: string }[]; achievement: { name: string } };
      credentialStatus: { statusListIndex: string; statusListCredential: string };
    };
    expect(validOb3(vc) ? [] : validOb3.errors).toEqual([]);
    // The issuer profile the credential names is published, and valid as the schema's Profile.
    const profile = await get('/v1/public/issuer');
    expect(validProfile(profile.body) ? [] : validProfile.errors).toEqual([]);
    expect(profile.body.id).toBe(vc.iss);
    const achievement = await get(`/v1/public/achievements/${badge.achievementId}`);
    expect(validAchievement(achievement.body) ? [] : validAchievement.errors).toEqual([]);
    expect(vc).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      iss: expect.stringMatching(/\/v1\/public\/issuer$/),
    });
    expect(vc.credentialSubject.achievement.name).toBe('Pratique du français oral');
    // Identifier only by default: hashed, no name, no record id in clear.
    expect(vc.credentialSubject.identifier).toEqual([expect.objectContaining({ identityType: 'systemId', hashed: true })]);
    expect(credential.text).not.toContain(person);
    // A tampered payload fails the independent verification.
    const [h, p, s] = credential.text.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), name: 'Autre' })).toString(
      'base64url',
    );
    await expect(async () => jwt.verify(`${h}.${forged}.${s}`, await publicKey(), { algorithms: ['ES256'] })).rejects.toThrow(
      /invalid signature/,
    );
    // The schema check can fail: a credential without its achievement is refused, at that place.
    expect(validOb3({ ...vc, credentialSubject: { type: ['AchievementSubject'], identifier: vc.credentialSubject.identifier } })).toBe(
      false,
    );
    expect(validOb3.errors?.map((e) => e.instancePath)).toContain('/credentialSubject');
    // Another territory's staff do not reach it.
    expect((await get(`/v1/badges/${badge.id}`, t.tours)).status).toBe(404);
  });

  it('When the recipient chooses their name, then the next credential carries it; when staff revoke the badge, the signed status list, the verification page and the OB 2.0 assertion say revoked', async () => {
    const person = uniqueId('ben-');
    await publisher.publish(topics.workshops, [attended(person, ['interview'])]);
    const [badge] = await awaitBadges(person, 1);
    const named = await request(suite.api)
      .patch(`/v1/badges/${badge.id}/display`)
      .set(bearer(t.rennes))
      .send({ kind: 'name', name: 'Awet Tesfaye' });
    expect(named.body.display).toEqual({ kind: 'name', name: 'Awet Tesfaye' });
    const vc = jwt.verify(text(await get(`/v1/badges/${badge.id}/credential`, t.rennes)), await publicKey(), { algorithms: ['ES256'] }) as {
      credentialSubject: { identifier: { identityType: string; identityHash: string }[] };
      credentialStatus: { statusListIndex: string };
    };
    expect(vc.credentialSubject.identifier.find((i) => i.identityType === 'name')?.identityHash).toBe('Awet Tesfaye');
    const index = Number(vc.credentialStatus.statusListIndex);

    expect(await statusBit(index)).toBe(0);
    expect((await get(`/v1/public/credentials/${badge.id}`)).text).toContain('<strong>Valide</strong>');
    expect((await get(`/v1/public/ob2/assertions/${badge.id}`)).body).toMatchObject({
      type: 'Assertion',
      recipient: { hashed: true },
      verification: { type: 'HostedBadge' },
    });

    expect((await request(suite.api).post(`/v1/badges/${badge.id}/revocation`).set(bearer(t.volunteer)).send({})).status).toBe(403);
    const revoked = await request(suite.api).post(`/v1/badges/${badge.id}/revocation`).set(bearer(t.rennes)).send({});
    expect(revoked.body).toMatchObject({ status: 'revoked', revoked: { reason: 'staff' } });
    expect(await statusBit(index)).toBe(1);
    const page = await get(`/v1/public/credentials/${badge.id}`);
    expect({ status: page.status, type: page.headers['content-type'] }).toEqual({
      status: 200,
      type: expect.stringMatching(/^text\/html/),
    });
    expect(page.text).toContain('<strong>Révoqué</strong>');
    expect(page.text).toContain('Awet Tesfaye');
    const ob2 = await get(`/v1/public/ob2/assertions/${badge.id}`);
    expect({ status: ob2.status, revoked: ob2.body.revoked }).toEqual({ status: 410, revoked: true });
    expect((await get(`/v1/public/ob2/badge-classes/${badge.achievementId}`)).body).toMatchObject({
      type: 'BadgeClass',
      name: 'Préparation aux entretiens',
    });
  });

  it('When the mandatory volunteer and Konnecteur modules are completed and a pair completes, then the volunteer, the Konnecteur and the beneficiary get their badges; the rules are readable by staff', async () => {
    const volunteer = uniqueId('vol-');
    const beneficiary = uniqueId('ben-');
    await publisher.publish(topics.resources, [
      createEnvelope({
        type: ModuleCompleted,
        payload: {
          moduleId: 'm',
          territoryId: 'rennes',
          personKind: 'volunteer',
          personId: volunteer,
          mandatory: true,
          rule: 'attendance',
          completedOn: '2026-11-20',
        },
        territoryId: 'rennes',
        aggregateType: 'training-module',
        aggregateId: 'm',
        source: 'resources',
      }),
    ]);
    const konnecteur = uniqueId('kon-');
    await publisher.publish(topics.resources, [
      createEnvelope({
        type: ModuleCompleted,
        payload: {
          moduleId: 'mk',
          territoryId: 'rennes',
          personKind: 'konnecteur',
          personId: konnecteur,
          mandatory: true,
          rule: 'parts-and-quiz',
          completedOn: '2026-11-21',
        },
        territoryId: 'rennes',
        aggregateType: 'training-module',
        aggregateId: 'mk',
        source: 'resources',
      }),
    ]);
    await publisher.publish(topics.matching, [
      createEnvelope({
        type: PairCompleted,
        payload: { pairId: uniqueId('pair-'), territoryId: 'rennes', promotionId: 'p', beneficiaryId: beneficiary, volunteerId: volunteer },
        territoryId: 'rennes',
        aggregateType: 'pair',
        aggregateId: 'pair',
        source: 'matching',
      }),
    ]);
    expect((await awaitBadges(volunteer, 2)).map((b) => b.achievementId).sort()).toEqual(['mentor-six-months', 'volunteer-trained']);
    expect((await awaitBadges(beneficiary, 1)).map((b) => b.achievementId)).toEqual(['journey-completed']);
    expect((await awaitBadges(konnecteur, 1)).map((b) => b.achievementId)).toEqual(['konnecteur-trained']);
    const rules = (await get('/v1/achievements', t.rennes)).body as { id: string; rule: { event: string } }[];
    expect(rules.find((r) => r.id === 'french-oral-practice')?.rule).toEqual({
      event: 'WorkshopSessionAttended',
      competency: 'oral-french',
    });
  });

  it('When a poison message arrives, then it goes to the dead-letter topic and awards go on', async () => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: topics.workshops, messages: [{ key: 'poison', value: Buffer.from([0xff, 0xfe, 0x00, 0x01]) }] });
    await producer.disconnect();
    const person = uniqueId('ben-');
    await publisher.publish(topics.workshops, [attended(person, ['french-cv'])]);
    await awaitBadges(person, 1);
    const dlt = await readTopic(deadLetterTopic(group), (seen) => seen.some((m) => m.key?.toString() === 'poison'));
    const record = events.DeadLetter.decode(dlt.find((m) => m.key?.toString() === 'poison')?.value ?? Buffer.alloc(0));
    expect(record).toMatchObject({ originalTopic: topics.workshops, consumerGroup: group, reason: 'decode_failed' });
  });

  it('When recruitment erases the person, then their badges are revoked for erasure and lose the chosen name, and their training progress is removed', async () => {
    const person = uniqueId('ben-');
    await publisher.publish(topics.workshops, [attended(person, ['french-cv'])]);
    const [badge] = await awaitBadges(person, 1);
    await request(suite.api).patch(`/v1/badges/${badge.id}/display`).set(bearer(t.rennes)).send({ kind: 'name', name: 'Nour Haddad' });
    const m = await request(suite.api)
      .post('/v1/training-modules')
      .set(bearer(t.rennes))
      .send({
        territoryId: 'rennes',
        title: 'Atelier d’accueil',
        audience: 'beneficiary',
        parts: [{ id: 'p', title: 'Accueil' }],
        rule: { kind: 'attendance' },
      });
    await request(suite.api)
      .post(`/v1/training-modules/${m.body.id}/attendance`)
      .set(bearer(t.rennes))
      .send({ personId: person, attendedOn: '2026-11-20' });
    expect((await get(`/v1/training-modules/${m.body.id}/completions`, t.rennes)).body).toHaveLength(1);
    await publisher.publish(recruitmentTopic, [
      createEnvelope({
        type: CandidateErased,
        payload: { candidateId: person, territoryId: 'rennes', erasedAt: new Date() },
        territoryId: 'rennes',
        aggregateType: 'candidate',
        aggregateId: person,
        source: 'recruitment',
      }),
    ]);
    const erased = await eventually(
      async () => {
        const b = (await get(`/v1/badges/${badge.id}`, t.rennes)).body;
        return b.status === 'revoked' ? b : undefined;
      },
      30_000,
      'badge revoked by erasure',
    );
    expect(erased).toMatchObject({ revoked: { reason: 'erasure' }, display: { kind: 'identifier' } });
    expect((await get(`/v1/public/credentials/${badge.id}`)).text).not.toContain('Nour Haddad');
    expect((await get(`/v1/training-modules/${m.body.id}/completions`, t.rennes)).body).toEqual([]);
  });
});
