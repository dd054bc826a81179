import { diff, listQuery } from './data-provider';
import { queryString } from './api-client';

describe('the data provider in react-admin’s REST dialect', () => {
  it('When react-admin asks for page 3 of 25 sorted by name, then the services get _start/_end/_sort/_order and the filters', () => {
    expect(
      listQuery({
        pagination: { page: 3, perPage: 25 },
        sort: { field: 'lastName', order: 'DESC' },
        filter: { status: 'admitted', q: 'am' },
      }),
    ).toEqual({
      _start: 50,
      _end: 75,
      _sort: 'lastName',
      _order: 'DESC',
      status: 'admitted',
      q: 'am',
    });
  });

  it('When a nested list names its parent in the filter, then the parent is left out of the query', () => {
    expect(
      listQuery(
        { pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' }, filter: { promotionId: 'p1', status: 'proposed' } },
        ['promotionId'],
      ),
    ).toEqual({
      _start: 0,
      _end: 10,
      _sort: 'id',
      _order: 'ASC',
      status: 'proposed',
    });
  });

  it('When a query has lists and empty values, then lists repeat the key and empty values are dropped', () => {
    expect(queryString({ id: ['a', 'b'], q: '', status: undefined, dryRun: false })).toBe('?id=a&id=b&dryRun=false');
  });

  it('When an edit form is saved, then only the changed fields are sent', () => {
    expect(
      diff(
        { id: 'x', name: 'SNCF', sectors: ['transport'], history: [] },
        { id: 'x', name: 'SNCF Voyageurs', sectors: ['transport'], history: [] },
      ),
    ).toEqual({
      name: 'SNCF Voyageurs',
    });
  });
});
