import type { LookupAddress } from 'node:dns';
import { addressRange, checkTarget, guardedLookup, isPrivateAddress, type Resolver } from './target-guard';

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

  // Issue 12's probe (the first five, exactly as sent) and every other way to write a non-public
  // address; the URL parser rewrites several of them before the guard sees them.
  it.each([
    ['https://[::ffff:127.0.0.1]/', 'IPv4-mapped loopback, rewritten to [::ffff:7f00:1]'],
    ['https://[::ffff:7f00:1]/', 'IPv4-mapped loopback in hex'],
    ['https://[::ffff:169.254.169.254]/', 'IPv4-mapped cloud metadata'],
    ['https://[64:ff9b::7f00:1]/', 'NAT64 of loopback'],
    ['https://[::7f00:1]/', 'IPv4-compatible loopback'],
    ['https://[::ffff:a00:1]/', 'IPv4-mapped private'],
    ['https://[64:ff9b::a9fe:a9fe]/', 'NAT64 of the metadata address'],
    ['https://[64:ff9b:1::a00:1]/', 'NAT64 local-use 64:ff9b:1::/48'],
    ['https://[2002:7f00:1::1]/', '6to4 of loopback'],
    ['https://[2002:a9fe:a9fe::1]/', '6to4 of the metadata address'],
    ['https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', 'Teredo'],
    ['https://2130706433/', 'decimal IPv4'],
    ['https://0x7f.1/', 'hex IPv4'],
    ['https://0177.0.0.1/', 'octal IPv4'],
    ['https://127.1/', 'short IPv4'],
    ['https://0x7f000001/', 'hex integer IPv4'],
    ['https://127.0.0.1/', 'loopback'],
    ['https://[::1]/', 'IPv6 loopback'],
    ['https://10.0.0.1/', 'private 10/8'],
    ['https://172.16.5.4/', 'private 172.16/12'],
    ['https://192.168.0.1/', 'private 192.168/16'],
    ['https://169.254.169.254/latest/meta-data/', 'link-local (cloud metadata)'],
    ['https://[fe80::1]/', 'IPv6 link-local'],
    ['https://100.64.0.1/', 'CGNAT 100.64/10'],
    ['https://100.127.255.254/', 'CGNAT upper end'],
    ['https://224.0.0.1/', 'multicast'],
    ['https://[ff02::1]/', 'IPv6 multicast'],
    ['https://255.255.255.255/', 'broadcast'],
    ['https://0.0.0.0/', 'unspecified'],
    ['https://[::]/', 'IPv6 unspecified'],
    ['https://240.0.0.1/', 'reserved 240/4'],
    ['https://198.18.0.1/', 'benchmarking 198.18/15'],
    ['https://[fc00::1]/', 'unique-local fc00::/7'],
    ['https://[fd12:3456::1]/', 'unique-local fd00::/8'],
    ['https://[fec0::1]/', 'deprecated site-local'],
    ['https://192.0.2.1/', 'documentation TEST-NET-1'],
    ['https://198.51.100.1/', 'documentation TEST-NET-2'],
    ['https://203.0.113.1/', 'documentation TEST-NET-3'],
    ['https://[2001:db8::1]/', 'IPv6 documentation 2001:db8::/32'],
    ['https://[3fff::1]/', 'IPv6 documentation 3fff::/20'],
    ['https://[100::1]/', 'IPv6 discard-only'],
  ])('When a production webhook targets %s (%s), then it is refused', async (url) => {
    expect(await checkTarget(url, false)).toEqual({ ok: false, reason: 'the host resolves to a private address' });
  });

  it.each([
    ['https://93.184.215.14/hook'],
    ['https://[2606:4700:4700::1111]/hook'],
    ['https://[::ffff:93.184.215.14]/hook'],
    ['https://[64:ff9b::5db8:d70e]/hook'],
    ['https://[2002:5db8:d70e::1]/hook'],
  ])('When a production webhook targets the public address %s (possibly written through IPv6), then it is accepted', async (url) => {
    expect(await checkTarget(url, false)).toEqual({ ok: true });
  });

  it.each([
    ['::ffff:7f00:1', 'loopback'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['2002:a9fe:a9fe::1', 'linkLocal'],
    ['::7f00:1', 'ipv4Compatible'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['8.8.8.8', 'unicast'],
    ['not an address', 'invalid'],
  ])('When %s is classified, then its range is %s', (address, range) => {
    expect(addressRange(address)).toBe(range);
  });

  describe('host names', () => {
    const answers = (...lists: string[][]) => {
      const calls: string[] = [];
      const resolve: Resolver = async (host) => {
        calls.push(host);
        const list = lists[Math.min(calls.length - 1, lists.length - 1)];
        return list.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
      };
      return { resolve, calls };
    };

    it('When one of the addresses a name resolves to is private, then the name is refused', async () => {
      const { resolve } = answers(['93.184.215.14', '10.0.0.5']);
      expect(await checkTarget('https://hooks.partner.example/x', false, { resolve })).toEqual({
        ok: false,
        reason: 'the host resolves to a private address',
      });
    });

    it('When a name resolves to public addresses only, then it is accepted; when it resolves to nothing, then it is refused', async () => {
      expect(await checkTarget('https://hooks.partner.example/x', false, answers(['93.184.215.14', '2606:4700:4700::1111']))).toEqual({
        ok: true,
      });
      expect(await checkTarget('https://hooks.partner.example/x', false, answers([]))).toEqual({
        ok: false,
        reason: 'the host does not resolve',
      });
    });

    it('When the socket asks the guarded lookup, then the name is resolved once and only the checked addresses are handed over', async () => {
      const { resolve, calls } = answers(['93.184.215.14', '2606:4700:4700::1111'], ['127.0.0.1']);
      const lookup = guardedLookup(false, { resolve });
      const all = await new Promise<unknown>((ok, ko) => lookup('hooks.partner.example', { all: true }, (e, a) => (e ? ko(e) : ok(a))));
      expect(all).toEqual([
        { address: '93.184.215.14', family: 4 },
        { address: '2606:4700:4700::1111', family: 6 },
      ]);
      expect(calls).toEqual(['hooks.partner.example']);
      // The next connection resolves again and gets a private answer: refused, no address handed over.
      const refused = await new Promise<NodeJS.ErrnoException | null>((ok) => lookup('hooks.partner.example', {}, (e) => ok(e)));
      expect(refused).toMatchObject({ code: 'ETARGETREFUSED', message: 'the host resolves to a private address' });
    });
  });
});
