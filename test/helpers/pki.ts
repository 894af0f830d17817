// Test PKI made with openssl: a CA and a server certificate for 127.0.0.1/localhost (TLS registry), and
// an EC P-256 signing key with a self-signed certificate (token issuer; the registry trusts the cert).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

export interface ServerPki {
  dir: string;
  /** CA certificate (PEM file) a client passes as caFile. */
  caFile: string;
  certFile: string;
  keyFile: string;
}

/** A CA and a server certificate for 127.0.0.1, ::1 and localhost, signed by that CA. */
export function createServerPki(): ServerPki {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-pki-'));
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    [
      'req',
      '-x509',
      ...ec,
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '2',
      '-subj',
      '/CN=ferry test CA',
    ],
    dir,
  );
  openssl(['req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost'], dir);
  writeFileSync(
    join(dir, 'ext.cnf'),
    'subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n',
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.pem',
      '-days',
      '2',
      '-extfile',
      'ext.cnf',
    ],
    dir,
  );
  return {
    dir,
    caFile: join(dir, 'ca.pem'),
    certFile: join(dir, 'server.pem'),
    keyFile: join(dir, 'server.key'),
  };
}

export interface SigningPki {
  dir: string;
  /** PEM private key (EC P-256): signs ES256 JWTs. */
  keyPem: string;
  /** Self-signed certificate of that key, PEM file: the registry's auth.token.rootcertbundle. */
  certFile: string;
  /** Base64 DER of the certificate, for the JWT `x5c` header. */
  certDerBase64: string;
}

export function createSigningPki(): SigningPki {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-jwt-'));
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      'jwt.key',
      '-out',
      'jwt.pem',
      '-days',
      '2',
      '-subj',
      '/CN=ferry token issuer',
    ],
    dir,
  );
  const certPem = readFileSync(join(dir, 'jwt.pem'), 'utf8');
  const certDerBase64 = certPem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  return {
    dir,
    keyPem: readFileSync(join(dir, 'jwt.key'), 'utf8'),
    certFile: join(dir, 'jwt.pem'),
    certDerBase64,
  };
}
