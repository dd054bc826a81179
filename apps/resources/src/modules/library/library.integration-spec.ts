import request from 'supertest';
import pino from 'pino';
import { bearer, inProcessSuite, testServiceConfig } from '@binome/testing';
import { createResourcesService } from '../../resources.service';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 0)]);

/**
 * The library against the real database (GridFS included) and real Keycloak tokens: territory and
 * national scopes, drafts and audiences, versions, safe markdown, checked uploads.
 */
describe('resources: the library', () => {
  const service = createResourcesService(testServiceConfig('resources'), pino({ level: 'silent' }));
  const suite = inProcessSuite(service, {
    rennes: ['rennes', 'manager'],
    paris: ['paris', 'manager'],
    hq: ['national', 'hq'],
    volunteer: ['rennes', 'volunteer'],
    beneficiary: ['rennes', 'beneficiary'],
    parisVolunteer: ['paris', 'volunteer'],
  });
  const t = suite.tokens;
  const get = (path: string, token: string) => request(suite.api).get(path).set(bearer(token));
  const post = (path: string, body: object, token: string) => request(suite.api).post(path).set(bearer(token)).send(body);
  const create = async (token: string, body: object) => {
    const res = await post(
      '/v1/resources',
      { title: 'Guide de la recherche d’emploi', audiences: ['volunteer'], language: 'fr', topics: ['job-search'], ...body },
      token,
    );
    expect(res.status).toBe(201);
    return res.body as { id: string };
  };
  const upload = (id: string, bytes: Buffer, type: string, token = t.rennes, filename = 'guide.pdf') =>
    request(suite.api)
      .post(`/v1/resources/${id}/files?filename=${encodeURIComponent(filename)}`)
      .set(bearer(token))
      .set('content-type', type)
      .send(bytes);

  it('When a Rennes manager asks for a Paris draft, then 404 as for an unknown id; writing to it is 404 too; a Paris volunteer does not see the draft', async () => {
    const draft = await create(t.paris, { territoryId: 'paris', markdown: 'Brouillon parisien' });
    expect((await get(`/v1/resources/${draft.id}`, t.paris)).status).toBe(200);
    const rennes = await get(`/v1/resources/${draft.id}`, t.rennes);
    expect({ status: rennes.status, type: rennes.headers['content-type'] }).toEqual({
      status: 404,
      type: expect.stringMatching(/problem\+json/),
    });
    expect((await post(`/v1/resources/${draft.id}/versions`, { markdown: 'pris' }, t.rennes)).status).toBe(404);
    expect((await post(`/v1/resources/${draft.id}/publish`, {}, t.rennes)).status).toBe(404);
    expect((await get(`/v1/resources/${draft.id}`, t.parisVolunteer)).status).toBe(404);
    expect((await get('/v1/resources?territoryId=paris', t.rennes)).body).toEqual([]);
    // A Rennes manager cannot create a record elsewhere.
    expect(
      (await post('/v1/resources', { territoryId: 'paris', title: 'Ailleurs', audiences: ['volunteer'], language: 'fr' }, t.rennes)).status,
    ).toBe(403);
  });

  it('When markdown carries a script tag, an event handler and a javascript: link, then the rendered HTML has none of them', async () => {
    const r = await create(t.rennes, {
      territoryId: 'rennes',
      markdown:
        '## Droits\n\n<script>alert("x")</script>\n\n<img src="https://example.org/a.png" onerror="alert(1)">\n\n<a href="javascript:alert(2)">lien</a> Texte.',
    });
    const html = (await get(`/v1/resources/${r.id}`, t.rennes)).body.content.html as string;
    expect(html).toContain('<h2>Droits</h2>');
    expect(html).toContain('Texte.');
    for (const bad of ['<script', 'alert(', 'onerror', 'javascript:']) expect(html).not.toContain(bad);
  });

  it('When a resource gets a new version, then the earlier one stays readable; audiences read the published version, with who and when', async () => {
    const r = await create(t.rennes, { territoryId: 'rennes', markdown: 'Version **une**' });
    expect((await get(`/v1/resources/${r.id}`, t.volunteer)).status).toBe(404);
    const published = await post(`/v1/resources/${r.id}/publish`, {}, t.rennes);
    expect(published.body).toMatchObject({
      status: 'published',
      publication: { version: 1, by: expect.any(String), at: expect.any(String) },
    });
    const v2 = await post(`/v1/resources/${r.id}/versions`, { markdown: 'Version **deux**' }, t.rennes);
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ latestVersion: 2, content: { version: 2 }, versions: [{ version: 1 }, { version: 2 }] });
    expect((await get(`/v1/resources/${r.id}/versions/1`, t.rennes)).body).toMatchObject({
      version: 1,
      html: '<p>Version <strong>une</strong></p>\n',
    });
    // The volunteer still reads version 1 until version 2 is published, and no other version.
    const seen = await get(`/v1/resources/${r.id}`, t.volunteer);
    expect(seen.body.content).toMatchObject({ version: 1, html: '<p>Version <strong>une</strong></p>\n' });
    expect(seen.body.content.createdBy).toBeUndefined();
    expect((await get(`/v1/resources/${r.id}/versions/2`, t.volunteer)).status).toBe(404);
    await post(`/v1/resources/${r.id}/publish`, {}, t.rennes);
    expect((await get(`/v1/resources/${r.id}`, t.volunteer)).body.content.version).toBe(2);
    // Written for volunteers: a beneficiary does not read it.
    expect((await get(`/v1/resources/${r.id}`, t.beneficiary)).status).toBe(404);
  });

  it('When an upload is over 5 MB, then 413; when its bytes are not its claimed type, then 415 naming the content type; a PDF is stored and downloaded as sent', async () => {
    const r = await create(t.rennes, { territoryId: 'rennes', title: 'Diaporama de la formation', topics: ['training'] });
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024 + 1, 0x20)]);
    const tooBig = await upload(r.id, big, 'application/pdf');
    expect({ status: tooBig.status, code: tooBig.body.code }).toEqual({ status: 413, code: 'payload_too_large' });
    const lying = await upload(r.id, PNG, 'application/pdf');
    expect({ status: lying.status, detail: lying.body.detail, field: lying.body.errors?.[0]?.field }).toEqual({
      status: 415,
      detail: 'the bytes are image/png, not application/pdf',
      field: 'headers.content-type',
    });
    const exe = await upload(r.id, Buffer.from('MZ\x90\x00not a document'), 'application/x-msdownload', t.rennes, 'guide.exe');
    expect(exe.status).toBe(415);
    const noName = await upload(r.id, PDF, 'application/pdf', t.rennes, '../../etc/passwd');
    expect({ status: noName.status, field: noName.body.errors?.[0]?.field }).toEqual({ status: 400, field: 'query.filename' });

    const ok = await upload(r.id, PDF, 'application/pdf');
    expect(ok.status).toBe(201);
    expect(ok.body.content).toMatchObject({ version: 1, kind: 'file', file: { contentType: 'application/pdf', size: PDF.length } });
    const file = await request(suite.api)
      .get(ok.body.content.file.path)
      .set(bearer(t.rennes))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toMatch(/^application\/pdf/);
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
  });

  it('When HQ publishes a national resource, then every territory reads it, and a territory manager may read but not edit it', async () => {
    expect(
      (
        await post(
          '/v1/resources',
          { territoryId: 'national', title: 'Droits des réfugiés', audiences: ['volunteer'], language: 'fr' },
          t.rennes,
        )
      ).status,
    ).toBe(403);
    const r = await create(t.hq, {
      territoryId: 'national',
      title: 'Droits des réfugiés',
      topics: ['asylum-and-rights'],
      language: 'fr',
      markdown: 'Le statut.',
    });
    await post(`/v1/resources/${r.id}/publish`, {}, t.hq);
    expect((await get(`/v1/resources/${r.id}`, t.volunteer)).status).toBe(200);
    expect((await get(`/v1/resources/${r.id}`, t.parisVolunteer)).status).toBe(200);
    expect((await get(`/v1/resources/${r.id}`, t.rennes)).status).toBe(200);
    const edit = await post(`/v1/resources/${r.id}/versions`, { markdown: 'autre' }, t.rennes);
    expect({ status: edit.status, detail: edit.body.detail }).toEqual({ status: 403, detail: 'National records are edited by HQ' });
    const found = await get('/v1/resources?topic=asylum-and-rights&language=fr&audience=volunteer', t.volunteer);
    expect(found.body.map((x: { id: string }) => x.id)).toContain(r.id);
    expect((await get('/v1/resources?topic=asylum-and-rights&language=ar', t.volunteer)).body).toEqual([]);
  });

  it('When a body or a query is bad, then 400 names the field', async () => {
    const bad = await post(
      '/v1/resources',
      { territoryId: 'rennes', title: 'Un titre', audiences: ['pirates'], language: 'french' },
      t.rennes,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.audiences.0', 'body.language']);
    const q = await get('/v1/resources?topic=cooking', t.rennes);
    expect({ status: q.status, field: q.body.errors?.[0]?.field }).toEqual({ status: 400, field: 'query.topic' });
  });
});
