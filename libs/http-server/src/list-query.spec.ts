import { z } from 'zod';
import { checkWindow, idsFilter, pagingOf, pagingShape, prefixSearch } from './list-query';

describe('the list helper', () => {
  it('When react-admin asks for _start/_end/_sort/_order, then skip, limit and sort follow, ties broken by _id', () => {
    expect(pagingOf({ _start: 20, _end: 30, _sort: 'name', _order: 'DESC' }, { createdAt: -1 })).toEqual({
      skip: 20,
      limit: 10,
      sort: { name: -1, _id: 1 },
    });
    expect(pagingOf({ page: 3, perPage: 10 }, { createdAt: -1 })).toEqual({ skip: 20, limit: 10, sort: { createdAt: -1, _id: 1 } });
    expect(pagingOf({ sort: 'id' }, {}).sort).toEqual({ _id: 1 });
    expect(pagingOf({ sort: 'lastName' }, {}, { lastName: 'identity.lastName' }).sort).toEqual({ 'identity.lastName': 1, _id: 1 });
  });

  it('When a window is over 100 rows or empty, then it is refused on _end', () => {
    const schema = z.object(pagingShape(['name'])).superRefine(checkWindow);
    expect(schema.safeParse({ _start: '0', _end: '100' }).success).toBe(true);
    for (const q of [
      { _start: '0', _end: '101' },
      { _start: '5', _end: '5' },
    ]) {
      const r = schema.safeParse(q);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0].path).toEqual(['_end']);
    }
  });

  it('When q carries regular-expression syntax, then it is matched literally, anchored, case-insensitive', () => {
    expect(prefixSearch('a.b*(', ['name', 'identity.lastName'])).toEqual({
      $or: [{ name: { $regex: '^a\\.b\\*\\(', $options: 'i' } }, { 'identity.lastName': { $regex: '^a\\.b\\*\\(', $options: 'i' } }],
    });
    const re = new RegExp((prefixSearch('Du.', ['n']).$or as { n: { $regex: string } }[])[0].n.$regex, 'i');
    expect(re.test('du.pont')).toBe(true);
    expect(re.test('dupont')).toBe(false);
    expect(re.test('le du.')).toBe(false);
    expect(prefixSearch(undefined, ['n'])).toEqual({});
  });

  it('When getMany lists ids, then only those are selected', () => {
    expect(idsFilter(['a', 'b'])).toEqual({ _id: { $in: ['a', 'b'] } });
    expect(idsFilter([])).toEqual({});
    expect(idsFilter(undefined)).toEqual({});
  });
});
