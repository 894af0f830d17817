// The JavaScript SHA-256 that hashes manifests (lib/oci/sha256.ts), against the standard vectors and
// node:crypto at every length where padding changes shape.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Digest } from '../../lib/oci/digest';
import { sha256Hex } from '../../lib/oci/sha256';

const native = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('sha256Hex (the JavaScript SHA-256 for small documents)', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Hex(new Uint8Array())).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256Hex(Buffer.from('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex(Buffer.from('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex(Buffer.alloc(1_000_000, 'a'))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('agrees with node:crypto at every length around the block and padding edges', () => {
    for (let length = 0; length <= 300; length++) {
      const bytes = randomBytes(length);
      expect(sha256Hex(bytes), `length ${length}`).toBe(native(bytes));
    }
    for (const length of [4095, 4096, 4097, 65535, 65536, 65537, 200_003]) {
      const bytes = randomBytes(length);
      expect(sha256Hex(bytes), `length ${length}`).toBe(native(bytes));
    }
  });

  it('hashes a view into a larger buffer as the view, not the buffer', () => {
    const whole = randomBytes(1000);
    const view = whole.subarray(100, 400);
    expect(sha256Hex(view)).toBe(native(Buffer.from(view)));
  });
});

describe('sha256Digest', () => {
  it('gives the same digest for strings, small documents and large ones', () => {
    const json = '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","é":"ü"}';
    expect(sha256Digest(json)).toBe(`sha256:${native(Buffer.from(json, 'utf8'))}`);
    for (const length of [0, 1, 64 * 1024, 64 * 1024 + 1, 300_000]) {
      const bytes = randomBytes(length);
      expect(sha256Digest(bytes), `length ${length}`).toBe(`sha256:${native(bytes)}`);
    }
  });
});
