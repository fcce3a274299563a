import { signConfirmationToken, verifyConfirmationToken } from './confirmation-token';
import { signRecipientToken, unsubscribeUrl, verifyRecipientToken } from './recipient-token';

const SECRET = 'a-secret-that-is-long-enough-for-the-rules-123';
const PAYLOAD = {
  contactId: '7d1c5a52-3c0e-4b8e-9a59-1f0a4c2b9e11',
  listId: '0f3b2a41-8a7e-4d35-b2c8-6c1d2e3f4a5b',
  email: 'Amina.Diallo@example.org',
  deliveryId: '9007199254740993',
};

function flipCharacter(text: string, index: number): string {
  const replacement = text[index] === 'A' ? 'B' : 'A';
  return `${text.slice(0, index)}${replacement}${text.slice(index + 1)}`;
}

describe('recipient tokens', () => {
  it('should give back exactly what was signed, 64-bit delivery ids included', () => {
    expect(verifyRecipientToken(SECRET, signRecipientToken(SECRET, PAYLOAD))).toEqual(PAYLOAD);
  });

  it('should carry a token without contact or delivery', () => {
    const payload = { contactId: null, listId: PAYLOAD.listId, email: 'élodie@exemple.fr' };
    expect(verifyRecipientToken(SECRET, signRecipientToken(SECRET, payload))).toEqual(payload);
  });

  it('should stay short enough for a List-Unsubscribe header line', () => {
    const url = unsubscribeUrl('https://crm.example.org', signRecipientToken(SECRET, PAYLOAD));
    expect(url.length).toBeLessThan(200);
    expect(url).toMatch(/^https:\/\/crm\.example\.org\/api\/public\/unsubscribe\?token=[A-Za-z0-9_.-]+$/);
  });

  it('should refuse a token signed with another secret', () => {
    expect(verifyRecipientToken(SECRET, signRecipientToken(`${SECRET}-other`, PAYLOAD))).toBeNull();
  });

  it('should refuse any altered character, in the payload or the signature', () => {
    const token = signRecipientToken(SECRET, PAYLOAD);
    for (let index = 0; index < token.length; index += 1) {
      if (token[index] === '.') continue;
      expect(verifyRecipientToken(SECRET, flipCharacter(token, index))).toBeNull();
    }
  });

  it('should refuse another address grafted onto a real signature', () => {
    const token = signRecipientToken(SECRET, PAYLOAD);
    const other = signRecipientToken(SECRET, { ...PAYLOAD, email: 'someone.else@example.org' });
    expect(verifyRecipientToken(SECRET, `${other.split('.')[0]}.${token.split('.')[1]}`)).toBeNull();
  });

  it.each([
    ['empty', ''],
    ['a lone dot', '.'],
    ['no signature', 'abc'],
    ['three parts', 'a.b.c'],
    ['an empty signature', 'payload.'],
    ['an empty payload', '.signature'],
    ['characters outside base64url', '!!!.???'],
    ['oversized', 'x'.repeat(5000)],
  ])('should refuse a malformed token (%s)', (_, token) => {
    expect(verifyRecipientToken(SECRET, token)).toBeNull();
  });

  it('should not accept a confirmation link as a recipient token, nor the other way round', () => {
    const confirmation = signConfirmationToken(SECRET, { contactId: PAYLOAD.contactId, listIds: [PAYLOAD.listId], email: PAYLOAD.email, expiresAt: new Date() });
    expect(verifyRecipientToken(SECRET, confirmation)).toBeNull();
    expect(verifyConfirmationToken(SECRET, signRecipientToken(SECRET, PAYLOAD))).toBeNull();
  });
});

describe('confirmation tokens', () => {
  it('should give back the lists, the address and the expiry to the second', () => {
    const expiresAt = new Date('2031-03-04T05:06:07.000Z');
    const payload = { contactId: PAYLOAD.contactId, listIds: [PAYLOAD.listId, '11111111-2222-4333-8444-555555555555'], email: PAYLOAD.email, expiresAt };
    expect(verifyConfirmationToken(SECRET, signConfirmationToken(SECRET, payload))).toEqual(payload);
  });

  it('should refuse an altered token', () => {
    const token = signConfirmationToken(SECRET, { contactId: PAYLOAD.contactId, listIds: [PAYLOAD.listId], email: PAYLOAD.email, expiresAt: new Date() });
    expect(verifyConfirmationToken(SECRET, flipCharacter(token, 3))).toBeNull();
  });
});
