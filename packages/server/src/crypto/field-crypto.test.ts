import { describe, expect, it } from 'vitest';
import { createFieldCrypto, newKeyRing } from './field-crypto.ts';
import { maskName, maskPhone } from './masking.ts';

describe('field encryption', () => {
  it('round-trips and never repeats a ciphertext', () => {
    const c = createFieldCrypto(newKeyRing());
    const a = c.encrypt('13812345678');
    const b = c.encrypt('13812345678');
    expect(a).not.toBe(b);
    expect(a).not.toContain('13812345678');
    expect(c.decrypt(a)).toBe('13812345678');
  });

  it('reads values sealed under an older key after rotation', () => {
    const ring = newKeyRing();
    const old = createFieldCrypto(ring).encrypt('张三');
    const rotated = {
      ...ring,
      current: 'k2',
      keys: { ...ring.keys, k2: Buffer.alloc(32, 7).toString('base64') },
    };
    const c = createFieldCrypto(rotated);
    expect(c.decrypt(old)).toBe('张三');
    expect(c.encrypt('张三').split(':')[1]).toBe('k2');
  });

  it('refuses a tampered ciphertext', () => {
    const c = createFieldCrypto(newKeyRing());
    const sealed = c.encrypt('secret').split(':');
    sealed[4] = Buffer.from('tampered').toString('base64');
    expect(() => c.decrypt(sealed.join(':'))).toThrow();
  });

  it('gives a stable blind index per kind and key', () => {
    const ring = newKeyRing();
    const c = createFieldCrypto(ring);
    expect(c.blindIndex('phone', '13812345678')).toBe(
      createFieldCrypto(ring).blindIndex('phone', '13812345678'),
    );
    expect(c.blindIndex('phone', '13812345678')).not.toBe(c.blindIndex('name', '13812345678'));
    expect(c.blindIndex('phone', '13812345678')).not.toBe(
      createFieldCrypto(newKeyRing()).blindIndex('phone', '13812345678'),
    );
  });
});

describe('masking', () => {
  it('masks mobiles, landlines and names', () => {
    expect(maskPhone('138 1234 5678')).toBe('138****5678');
    expect(maskPhone('010-12345678')).toBe('*******5678');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
  });
});
