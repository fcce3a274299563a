import { openPixelUrl, signClick, signTrackingToken, trackedLinkUrl, verifyClick, verifyTrackingToken } from './tracking-token';

const SECRET = 'a-secret-that-is-long-enough-for-the-rules-123';
const DESTINATION = 'https://alliance.example/act?n=Amina%20D';

describe('tracking tokens', () => {
  it('should give back the delivery id, 64-bit ids included', () => {
    expect(verifyTrackingToken(SECRET, signTrackingToken(SECRET, '9007199254740993'))).toBe('9007199254740993');
  });

  it('should refuse a token signed with another secret, altered or of another kind', () => {
    const token = signTrackingToken(SECRET, '42');
    expect(verifyTrackingToken('another-secret-that-is-long-enough-too', token)).toBeNull();
    const [payload, mac] = token.split('.');
    const other = signTrackingToken(SECRET, '43').split('.')[0];
    expect(verifyTrackingToken(SECRET, `${other}.${mac}`)).toBeNull();
    expect(verifyTrackingToken(SECRET, `${payload}.${mac.slice(0, -2)}`)).toBeNull();
    expect(verifyTrackingToken(SECRET, undefined)).toBeNull();
  });

  it('should carry no address: the token is the delivery and its MAC only', () => {
    const token = signTrackingToken(SECRET, '42');
    expect(Buffer.from(token.split('.')[0], 'base64url')).toHaveLength(9);
    expect(openPixelUrl('https://crm.example.org', token)).toBe(`https://crm.example.org/api/public/t/o/${token}.gif`);
  });

  it('should accept a click only for the destination and delivery it was signed for', () => {
    const signature = signClick(SECRET, '42', DESTINATION);
    expect(verifyClick(SECRET, '42', DESTINATION, signature)).toBe(true);
    expect(verifyClick(SECRET, '43', DESTINATION, signature)).toBe(false);
    expect(verifyClick(SECRET, '42', 'https://evil.example/', signature)).toBe(false);
    expect(verifyClick(SECRET, '42', DESTINATION, `${signature}A`)).toBe(false);
    expect(verifyClick(SECRET, '42', [DESTINATION], signature)).toBe(false);
  });

  it('should make a click link whose query gives back the destination and its signature', () => {
    const token = signTrackingToken(SECRET, '42');
    const link = new URL(trackedLinkUrl('https://crm.example.org', SECRET, token, '42', DESTINATION));
    expect(link.pathname).toBe(`/api/public/t/c/${token}`);
    expect(link.searchParams.get('u')).toBe(DESTINATION);
    expect(verifyClick(SECRET, '42', link.searchParams.get('u'), link.searchParams.get('s'))).toBe(true);
  });
});
