import { gunzipSync } from 'node:zlib';
import { encodeStatusList, statusAt, STATUS_LIST_LENGTH } from './status-list';

describe('bitstring status list', () => {
  it('When indices 0, 7, 8 and the last are set, then exactly those read as set, in most-significant-bit-first order', () => {
    const list = encodeStatusList([0, 7, 8, STATUS_LIST_LENGTH - 1]);
    expect(list.startsWith('u')).toBe(true);
    for (const i of [0, 7, 8, STATUS_LIST_LENGTH - 1]) expect(statusAt(list, i)).toBe(true);
    for (const i of [1, 6, 9, 1000]) expect(statusAt(list, i)).toBe(false);
    const first = gunzipSync(Buffer.from(list.slice(1), 'base64url'));
    expect([first.length, first[0], first[1]]).toEqual([16_384, 0b1000_0001, 0b1000_0000]);
  });
});
