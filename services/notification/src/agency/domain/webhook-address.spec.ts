import {
  addressAllowed,
  addressKind,
  parseIpv6,
  webhookUrlRefusal,
  type WebhookPolicy,
} from './webhook-address';

const dev: WebhookPolicy = { production: false, allowLoopback: false };
const devLoopback: WebhookPolicy = { production: false, allowLoopback: true };
const prod: WebhookPolicy = { production: true, allowLoopback: false };

describe(addressKind.name, () => {
  it.each([
    ['127.0.0.1', 'LOOPBACK'],
    ['127.255.0.9', 'LOOPBACK'],
    ['::1', 'LOOPBACK'],
    ['[::1]', 'LOOPBACK'],
    ['0:0:0:0:0:0:0:1', 'LOOPBACK'],
    ['0.0.0.0', 'UNSPECIFIED'],
    ['::', 'UNSPECIFIED'],
    ['10.1.2.3', 'PRIVATE'],
    ['172.16.0.1', 'PRIVATE'],
    ['172.31.255.255', 'PRIVATE'],
    ['192.168.1.1', 'PRIVATE'],
    ['100.64.0.1', 'PRIVATE'],
    ['169.254.0.1', 'LINK_LOCAL'],
    ['fe80::1', 'LINK_LOCAL'],
    ['fe80::1%eth0', 'LINK_LOCAL'],
    ['febf::1', 'LINK_LOCAL'],
    ['fc00::1', 'UNIQUE_LOCAL'],
    ['fd12:3456::1', 'UNIQUE_LOCAL'],
    ['169.254.169.254', 'METADATA'],
    ['100.100.100.200', 'METADATA'],
    ['fd00:ec2::254', 'METADATA'],
    ['::ffff:127.0.0.1', 'IPV4_MAPPED'],
    ['::ffff:8.8.8.8', 'IPV4_MAPPED'],
    ['::ffff:7f00:1', 'IPV4_MAPPED'],
    ['::127.0.0.1', 'RESERVED'],
    ['64:ff9b::10.0.0.1', 'PRIVATE'],
    ['2002:7f00:1::', 'LOOPBACK'],
    ['224.0.0.1', 'RESERVED'],
    ['255.255.255.255', 'RESERVED'],
    ['ff02::1', 'RESERVED'],
  ])('should classify %s as %s', (ip, kind) => {
    expect(addressKind(ip)).toBe(kind);
  });

  it.each([['8.8.8.8'], ['172.32.0.1'], ['172.15.255.255'], ['203.0.114.1'], ['2001:4860::8888']])(
    'should take %s as public',
    (ip) => {
      expect(addressKind(ip)).toBe('PUBLIC');
    },
  );

  it.each([['example.go.id'], ['1.2.3'], ['1.2.3.256'], [':::1'], ['1::2::3'], ['12345::1']])(
    'should not take %s for an address',
    (text) => {
      expect(addressKind(text)).toBe('NOT_AN_ADDRESS');
    },
  );

  it('should read the short and the long IPv6 forms alike', () => {
    expect(parseIpv6('2001:db8::ff00:42:8329')).toEqual(
      parseIpv6('2001:0db8:0000:0000:0000:ff00:0042:8329'),
    );
  });
});

describe(addressAllowed.name, () => {
  it('should allow loopback only with the development flag and never in production', () => {
    expect(addressAllowed('127.0.0.1', dev)).toBe(false);
    expect(addressAllowed('127.0.0.1', devLoopback)).toBe(true);
    expect(addressAllowed('::1', devLoopback)).toBe(true);
    expect(addressAllowed('127.0.0.1', { production: true, allowLoopback: true })).toBe(false);
    expect(addressAllowed('10.0.0.1', devLoopback)).toBe(false);
    expect(addressAllowed('::ffff:127.0.0.1', devLoopback)).toBe(false);
    expect(addressAllowed('8.8.8.8', prod)).toBe(true);
  });
});

describe(webhookUrlRefusal.name, () => {
  it.each([
    ['http://127.0.0.1:27027/'],
    ['http://2130706433/'],
    ['http://0x7f.1/'],
    ['http://127.1/'],
    ['http://[::1]:29092/'],
    ['http://[::ffff:127.0.0.1]/'],
    ['http://169.254.169.254/latest/meta-data/'],
    ['http://0.0.0.0:3005/'],
    ['https://10.0.0.5/hook'],
    ['https://192.168.0.10/hook'],
    ['https://[fe80::1]/hook'],
    ['https://[fd00::1]/hook'],
    ['http://localhost:27027/'],
    ['http://api.localhost/'],
    ['http://metadata.google.internal/'],
  ])('should refuse %s', (url) => {
    expect(webhookUrlRefusal(url, dev)).toBe('ADDRESS');
  });

  it('should allow http in development and only https in production', () => {
    expect(webhookUrlRefusal('http://simpeg.slemankab.go.id/hook', dev)).toBeNull();
    expect(webhookUrlRefusal('http://simpeg.slemankab.go.id/hook', prod)).toBe('SCHEME');
    expect(webhookUrlRefusal('https://simpeg.slemankab.go.id/hook', prod)).toBeNull();
    expect(webhookUrlRefusal('ftp://simpeg.slemankab.go.id/hook', dev)).toBe('SCHEME');
    expect(webhookUrlRefusal('file:///etc/passwd', dev)).toBe('SCHEME');
  });

  it('should refuse credentials in the URL and text that is not one', () => {
    expect(webhookUrlRefusal('https://u:p@simpeg.slemankab.go.id/', dev)).toBe('CREDENTIALS');
    expect(webhookUrlRefusal('not a url', dev)).toBe('NOT_A_URL');
  });

  it('should allow a loopback receiver only with the development flag', () => {
    expect(webhookUrlRefusal('http://127.0.0.1:4000/hook', devLoopback)).toBeNull();
    expect(webhookUrlRefusal('http://localhost:4000/hook', devLoopback)).toBeNull();
    expect(webhookUrlRefusal('https://127.0.0.1:4000/hook', { ...prod, allowLoopback: true })).toBe(
      'ADDRESS',
    );
  });
});
