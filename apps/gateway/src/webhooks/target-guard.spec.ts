import { checkTarget, isPrivateAddress } from './target-guard';

describe('webhook target guard', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['8.8.8.8', false],
    ['::1', true],
    ['fd00::1', true],
    ['::ffff:10.0.0.1', true],
    ['2001:4860:4860::8888', false],
  ])('When the address is %s, then private is %p', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  it('When insecure targets are refused, then http and private IPs are refused and public https accepted', async () => {
    expect(await checkTarget('http://93.184.215.14/hook', false)).toEqual({ ok: false, reason: 'the URL must use https' });
    expect(await checkTarget('https://127.0.0.1/hook', false)).toEqual({ ok: false, reason: 'the host resolves to a private address' });
    expect(await checkTarget('https://[::1]/hook', false)).toEqual({ ok: false, reason: 'the host resolves to a private address' });
    expect(await checkTarget('https://user:pw@93.184.215.14/hook', false)).toMatchObject({ ok: false });
    expect(await checkTarget('https://93.184.215.14/hook', false)).toEqual({ ok: true });
  });

  it('When insecure targets are allowed (development), then http on loopback is accepted but not other schemes', async () => {
    expect(await checkTarget('http://127.0.0.1:9999/hook', true)).toEqual({ ok: true });
    expect(await checkTarget('ftp://127.0.0.1/hook', true)).toMatchObject({ ok: false });
  });
});
