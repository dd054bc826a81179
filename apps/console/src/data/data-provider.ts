import type { DataProvider, GetListParams, Identifier, RaRecord } from 'ra-core';
import { ApiClient, type ApiClientOptions, type Query } from './api-client';
import { routeOf } from './resources';

type Json = Record<string, unknown>;

/** The parts of react-admin's list parameters the services understand (ra-data-json-server's dialect). */
export function listQuery(params: Pick<GetListParams, 'pagination' | 'sort' | 'filter'>, omit: readonly string[] = []): Query {
  const query: Query = {};
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
  query._start = (page - 1) * perPage;
  query._end = page * perPage;
  if (params.sort?.field) {
    query._sort = params.sort.field;
    query._order = params.sort.order === 'DESC' ? 'DESC' : 'ASC';
  }
  for (const [key, value] of Object.entries(params.filter ?? {})) {
    if (omit.includes(key)) continue;
    query[key] = value as Query[string];
  }
  return query;
}

const withId = (r: Json, idField = 'id'): RaRecord => ({ ...r, id: (r[idField] ?? r.id ?? r._id ?? r.pairId) as Identifier });

export interface BinomeDataProvider extends DataProvider {
  /** A command on one record: `POST <collection>/{id}/<action>` (screening, decision, transitions, approve…). */
  command<T = Json>(resource: string, id: Identifier, action: string, body?: unknown): Promise<{ data: T }>;
  /** Any other call of a service behind the gateway (proposals, explanations, waitlist, indicators). */
  call<T = unknown>(
    service: string,
    method: string,
    path: string,
    init?: { query?: Query; json?: unknown },
  ): Promise<{ data: T; total?: number }>;
  /** A file the service serves (an attestation PDF), as a blob for the browser to save. */
  download(service: string, path: string): Promise<Blob>;
  /** A CSV export, as text (the services write it; the browser saves it). */
  exportCsv(kind: 'candidates' | 'volunteers', filter?: Query): Promise<string>;
  /** A CSV import with its line-by-line report (`dryRun` checks without writing). */
  importCsv<T = Json>(kind: 'candidates' | 'volunteers', csv: string, options: { territoryId: string; dryRun: boolean }): Promise<T>;
}

/**
 * The console's one data provider, over the gateway's REST API (`/api/<service>/v1/…`): lists
 * page with `_start/_end/_sort/_order` and read the total from `X-Total-Count`; a refused request
 * is an `ApiError` whose `body.errors` names the fields the problem+json named.
 */
export function binomeDataProvider(options: ApiClientOptions): BinomeDataProvider {
  const api = new ApiClient(options);
  const total = (headers: Headers, fallback: number) => {
    const header = headers.get('x-total-count');
    return header === null ? fallback : Number(header);
  };

  async function list(resource: string, params: Pick<GetListParams, 'pagination' | 'sort' | 'filter'>) {
    const route = routeOf(resource);
    const filter = params.filter ?? {};
    let path = route.path;
    const omit: string[] = [];
    if (route.parent) {
      const parentId = filter[route.parent.filter];
      if (!parentId) return { data: [], total: 0 };
      path = route.parent.path(String(parentId));
      omit.push(route.parent.filter);
    }
    const res = await api.request<Json[]>(route.service, 'GET', path, { query: listQuery(params, omit) });
    const rows = Array.isArray(res.body) ? res.body : [];
    return { data: rows.map((r) => withId(r)), total: total(res.headers, rows.length) };
  }

  const recordPath = (resource: string, id: Identifier) => {
    const route = routeOf(resource);
    return route.recordPath ? route.recordPath(String(id)) : `${route.path}/${encodeURIComponent(String(id))}`;
  };

  const provider: BinomeDataProvider = {
    getList: (resource, params) => list(resource, params) as never,

    async getOne(resource, params) {
      const route = routeOf(resource);
      if (route.noRecord) {
        const { data } = await list(resource, {
          pagination: { page: 1, perPage: 100 },
          sort: { field: 'id', order: 'ASC' },
          filter: params.meta ?? (route.listById ? { id: String(params.id) } : {}),
        });
        const found = data.find((r) => String(r.id) === String(params.id));
        if (!found) throw new Error(`${resource} ${params.id} not found`);
        return { data: found as never };
      }
      const res = await api.request<Json>(route.service, 'GET', recordPath(resource, params.id));
      return { data: withId(res.body) as never };
    },

    async getMany(resource, params) {
      const route = routeOf(resource);
      if (!params.ids.length) return { data: [] };
      if (route.parent || route.noRecord || route.service !== 'recruitment') {
        // Only recruitment's lists take `id=a&id=b`: elsewhere one read per record.
        const data = await Promise.all(params.ids.map((id) => provider.getOne(resource, { id }).then((r) => r.data)));
        return { data };
      }
      const res = await api.request<Json[]>(route.service, 'GET', route.path, {
        query: { id: params.ids.map(String), _start: 0, _end: Math.min(100, params.ids.length) },
      });
      return { data: res.body.map((r) => withId(r)) as never };
    },

    getManyReference: (resource, params) =>
      list(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } }) as never,

    async create(resource, params) {
      const route = routeOf(resource);
      const res = await api.request<Json>(route.service, 'POST', route.createPath ?? route.path, { json: params.data });
      return { data: withId({ ...params.data, ...res.body }) as never };
    },

    async update(resource, params) {
      const route = routeOf(resource);
      if (!route.update) throw new Error(`${resource} cannot be edited`);
      const changed = params.previousData ? diff(params.previousData as Json, params.data as Json) : params.data;
      const path = route.updatePath ? route.updatePath(String(params.id)) : recordPath(resource, params.id);
      const res = await api.request<Json>(route.service, route.update, path, { json: changed });
      return { data: withId(res.body) as never };
    },

    async updateMany(resource, params) {
      await Promise.all(params.ids.map((id) => provider.update(resource, { id, data: params.data, previousData: undefined as never })));
      return { data: params.ids };
    },

    async delete(resource, params) {
      const route = routeOf(resource);
      await api.request(route.service, 'DELETE', recordPath(resource, params.id));
      return { data: (params.previousData ?? { id: params.id }) as never };
    },

    async deleteMany(resource, params) {
      await Promise.all(params.ids.map((id) => provider.delete(resource, { id })));
      return { data: params.ids };
    },

    async command(resource, id, action, body) {
      const route = routeOf(resource);
      const res = await api.request(route.service, 'POST', `${recordPath(resource, id)}/${action}`, { json: body ?? {} });
      return { data: res.body as never };
    },

    async call(service, method, path, init = {}) {
      const res = await api.request(service, method, path, init);
      const header = res.headers.get('x-total-count');
      return { data: res.body as never, ...(header === null ? {} : { total: Number(header) }) };
    },

    async download(service, path) {
      return api.blob(service, path);
    },

    async exportCsv(kind, filter = {}) {
      const res = await api.request<string>('recruitment', 'GET', `/v1/exports/${kind}.csv`, { query: filter, accept: 'text/csv' });
      return res.body;
    },

    async importCsv(kind, csv, { territoryId, dryRun }) {
      const res = await api.request('recruitment', 'POST', `/v1/imports/${kind}`, {
        query: { territoryId, dryRun },
        text: csv,
        contentType: 'text/csv',
      });
      return res.body as never;
    },
  };
  return provider;
}

/** Only what the form changed: the services' PATCH routes refuse read-only fields (id, history…). */
export function diff(before: Json, after: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) out[key] = value;
  }
  return out;
}
