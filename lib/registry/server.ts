// The HTTP face of the embedded registry: routes the OCI distribution API (base, blobs, uploads,
// manifests, tags, referrers) onto the store, with Basic auth and the spec's status codes and headers.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '../log';
import { isDigest } from '../oci/digest';
import { isRepositoryName, isTag } from '../oci/reference';
import { basicAuthMatches } from '../util/basic-auth';
import { MEDIA_TYPES } from '../oci/types';
import {
  RegistryHttpError,
  blobUnknown,
  digestInvalid,
  manifestInvalid,
  manifestUnknown,
  nameUnknown,
} from './errors';
import { inspectManifest } from './manifest';
import { isSha256, type RegistryStore, type Upload } from './store';

/** The distribution spec's recommended manifest size limit. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const REALM = 'ferry-registry';

export interface HandlerOptions {
  store: RegistryStore;
  auth?: { username: string; password: string };
  log?: Logger;
}

type Reply = (status: number, headers?: Record<string, string>, body?: string | Buffer) => void;

interface Context {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  method: string;
  reply: Reply;
}

function validateName(name: string): void {
  if (!isRepositoryName(name))
    throw new RegistryHttpError(400, 'NAME_INVALID', 'invalid repository name', { name });
}

function validateDigest(digest: string | null): string {
  if (!digest || !isDigest(digest)) throw digestInvalid('provided digest is not a valid digest', { digest });
  if (!isSha256(digest)) throw digestInvalid('only sha256 digests are supported', { digest });
  return digest;
}

/** A path segment decoded (clients may send `sha256%3A…`); a broken escape is left for validation to refuse. */
function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) throw new RegistryHttpError(413, 'SIZE_INVALID', `manifest larger than ${limit} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** `0-<last byte>` as the spec's Range header on uploads; distribution says 0-0 for an empty one. */
function uploadRange(upload: Upload): string {
  return `0-${Math.max(upload.size - 1, 0)}`;
}

function uploadHeaders(name: string, upload: Upload): Record<string, string> {
  return {
    location: `/v2/${name}/blobs/uploads/${upload.id}`,
    range: uploadRange(upload),
    'docker-upload-uuid': upload.id,
  };
}

/** Parses `bytes=a-b`, `bytes=a-` and `bytes=-n`; undefined means serve the whole blob. */
function parseRange(header: string | undefined, size: number): { start: number; end: number } | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(size - Number(match[2]), 0);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || end < start)
    throw new RegistryHttpError(416, 'BLOB_UNKNOWN', 'requested range not satisfiable', undefined, {
      'content-range': `bytes */${size}`,
    });
  return { start, end };
}

export function createHandler(
  options: HandlerOptions,
): (request: IncomingMessage, response: ServerResponse) => void {
  const { store, auth, log } = options;

  // ---- blobs ------------------------------------------------------------------------------------

  async function blob(ctx: Context, name: string, digestText: string): Promise<void> {
    const digest = validateDigest(digestText);
    if (ctx.method === 'DELETE') {
      if (!(await store.deleteBlob(name, digest))) throw blobUnknown(digest);
      return ctx.reply(202, { 'content-length': '0' });
    }
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') throw unsupported(ctx);
    const size = await store.blobSize(name, digest);
    if (size === undefined) throw blobUnknown(digest);
    const headers: Record<string, string> = {
      'content-type': 'application/octet-stream',
      'docker-content-digest': digest,
      'accept-ranges': 'bytes',
      etag: `"${digest}"`,
    };
    const range = parseRange(ctx.request.headers.range, size);
    const start = range?.start ?? 0;
    const end = range?.end ?? size - 1;
    headers['content-length'] = String(end - start + 1);
    if (range) headers['content-range'] = `bytes ${start}-${end}/${size}`;
    const status = range ? 206 : 200;
    if (ctx.method === 'HEAD') return ctx.reply(status, headers);
    ctx.response.writeHead(status, headers);
    try {
      // pipeline closes the file when the client goes away mid-body.
      await pipeline(store.blobStream(digest, start, end), ctx.response);
    } catch {
      ctx.response.destroy();
    }
  }

  /** Takes the body of a PATCH or closing PUT, checking Content-Range against what was received. */
  async function appendChecked(ctx: Context, name: string, upload: Upload): Promise<void> {
    const contentRange = ctx.request.headers['content-range'];
    const outOfOrder = (): RegistryHttpError =>
      new RegistryHttpError(
        416,
        'BLOB_UPLOAD_INVALID',
        'chunk out of order',
        undefined,
        uploadHeaders(name, upload),
      );
    if (upload.busy) throw outOfOrder();
    if (contentRange !== undefined) {
      const match = /^(?:bytes )?(\d+)-(\d+)(?:\/(?:\d+|\*))?$/.exec(contentRange.trim());
      if (!match) throw new RegistryHttpError(400, 'BLOB_UPLOAD_INVALID', 'invalid Content-Range');
      const start = Number(match[1]);
      const end = Number(match[2]);
      if (start !== upload.size || end < start) throw outOfOrder();
      const length = ctx.request.headers['content-length'];
      if (length !== undefined && Number(length) !== end - start + 1)
        throw new RegistryHttpError(
          400,
          'BLOB_UPLOAD_INVALID',
          'Content-Length does not match Content-Range',
        );
    }
    await store.appendUpload(upload, ctx.request);
  }

  async function finish(
    ctx: Context,
    name: string,
    upload: Upload,
    digestText: string | null,
  ): Promise<void> {
    let digest: string;
    try {
      digest = validateDigest(digestText);
    } catch (error) {
      await store.cancelUpload(upload);
      throw error;
    }
    await appendChecked(ctx, name, upload);
    await store.finishUpload(upload, digest);
    ctx.reply(201, {
      location: `/v2/${name}/blobs/${digest}`,
      'docker-content-digest': digest,
      'content-length': '0',
    });
  }

  async function startUpload(ctx: Context, name: string): Promise<void> {
    if (ctx.method !== 'POST') throw unsupported(ctx);
    const mount = ctx.url.searchParams.get('mount');
    const from = ctx.url.searchParams.get('from');
    if (mount !== null && from !== null) {
      const digest = validateDigest(mount);
      validateName(from);
      if (await store.mountBlob(name, from, digest)) {
        ctx.request.resume();
        return ctx.reply(201, {
          location: `/v2/${name}/blobs/${digest}`,
          'docker-content-digest': digest,
          'content-length': '0',
        });
      }
    }
    const upload = await store.startUpload(name);
    const digest = ctx.url.searchParams.get('digest');
    if (digest !== null && mount === null) return finish(ctx, name, upload, digest);
    ctx.request.resume();
    ctx.reply(202, { ...uploadHeaders(name, upload), 'content-length': '0' });
  }

  async function uploadSession(ctx: Context, name: string, id: string): Promise<void> {
    const upload = store.upload(name, id);
    switch (ctx.method) {
      case 'GET':
        return ctx.reply(204, { ...uploadHeaders(name, upload), 'content-length': '0' });
      case 'PATCH':
        await appendChecked(ctx, name, upload);
        return ctx.reply(202, { ...uploadHeaders(name, upload), 'content-length': '0' });
      case 'PUT':
        return finish(ctx, name, upload, ctx.url.searchParams.get('digest'));
      case 'DELETE':
        await store.cancelUpload(upload);
        return ctx.reply(204, { 'content-length': '0' });
      default:
        throw unsupported(ctx);
    }
  }

  // ---- manifests --------------------------------------------------------------------------------

  async function manifest(ctx: Context, name: string, reference: string): Promise<void> {
    const byDigest = reference.includes(':');
    if (byDigest) validateDigest(reference);
    else if (!isTag(reference)) {
      if (ctx.method === 'PUT') throw manifestInvalid(`invalid tag '${reference.slice(0, 200)}'`);
      throw manifestUnknown(reference);
    }
    switch (ctx.method) {
      case 'GET':
      case 'HEAD': {
        const found = store.resolveManifest(name, reference);
        if (!found) throw manifestUnknown(reference);
        const headers = {
          'content-type': found.mediaType,
          'content-length': String(found.size),
          'docker-content-digest': found.digest,
          etag: `"${found.digest}"`,
        };
        if (ctx.method === 'HEAD') return ctx.reply(200, headers);
        return ctx.reply(200, headers, await store.manifestBytes(found));
      }
      case 'PUT': {
        const bytes = await readBody(ctx.request, MAX_MANIFEST_BYTES);
        const inspected = inspectManifest(bytes, ctx.request.headers['content-type']);
        if (byDigest) {
          const actual = createHash('sha256').update(bytes).digest('hex');
          if (reference !== `sha256:${actual}`)
            throw digestInvalid('manifest digest does not match the reference', {
              expected: reference,
              actual: `sha256:${actual}`,
            });
        }
        const stored = await store.putManifest(name, bytes, inspected, byDigest ? undefined : reference);
        const headers: Record<string, string> = {
          location: `/v2/${name}/manifests/${stored.digest}`,
          'docker-content-digest': stored.digest,
          'content-length': '0',
        };
        if (stored.subject) headers['oci-subject'] = stored.subject;
        return ctx.reply(201, headers);
      }
      case 'DELETE':
        await store.deleteManifest(name, reference);
        return ctx.reply(202, { 'content-length': '0' });
      default:
        throw unsupported(ctx);
    }
  }

  // ---- tags and referrers -----------------------------------------------------------------------

  function tagList(ctx: Context, name: string): void {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') throw unsupported(ctx);
    const all = store.tags(name);
    if (!all) throw nameUnknown(name);
    const last = ctx.url.searchParams.get('last');
    const nText = ctx.url.searchParams.get('n');
    let tags = last === null ? all : all.filter((t) => t > last);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (nText !== null) {
      const n = Number(nText);
      if (!/^\d+$/.test(nText) || !Number.isSafeInteger(n))
        throw new RegistryHttpError(400, 'UNSUPPORTED', 'n must be a whole number', { n: nText });
      if (tags.length > n) {
        tags = tags.slice(0, n);
        const lastShown = tags[tags.length - 1];
        if (lastShown !== undefined) {
          const query = new URLSearchParams({ n: String(n), last: lastShown });
          headers.link = `</v2/${name}/tags/list?${query.toString()}>; rel="next"`;
        }
      }
    }
    const body = JSON.stringify({ name, tags });
    ctx.reply(200, { ...headers, 'content-length': String(Buffer.byteLength(body)) }, body);
  }

  function referrers(ctx: Context, name: string, digestText: string): void {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') throw unsupported(ctx);
    const digest = validateDigest(digestText);
    const artifactType = ctx.url.searchParams.get('artifactType');
    let manifests = store.referrers(name, digest);
    const headers: Record<string, string> = { 'content-type': MEDIA_TYPES.ociIndex };
    if (artifactType !== null) {
      manifests = manifests.filter((m) => m.artifactType === artifactType);
      headers['oci-filters-applied'] = 'artifactType';
    }
    const body = JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests });
    ctx.reply(200, { ...headers, 'content-length': String(Buffer.byteLength(body)) }, body);
  }

  // ---- routing ----------------------------------------------------------------------------------

  function unsupported(ctx: Context): RegistryHttpError {
    return new RegistryHttpError(405, 'UNSUPPORTED', `method ${ctx.method} not allowed here`);
  }

  const routes: {
    pattern: RegExp;
    handle: (ctx: Context, name: string, arg: string) => Promise<void> | void;
  }[] = [
    { pattern: /^\/v2\/(.+)\/blobs\/uploads\/?$/, handle: (ctx, name) => startUpload(ctx, name) },
    { pattern: /^\/v2\/(.+)\/blobs\/uploads\/([^/]+)$/, handle: uploadSession },
    { pattern: /^\/v2\/(.+)\/blobs\/([^/]+)$/, handle: blob },
    { pattern: /^\/v2\/(.+)\/manifests\/([^/]+)$/, handle: manifest },
    { pattern: /^\/v2\/(.+)\/tags\/list$/, handle: (ctx, name) => tagList(ctx, name) },
    { pattern: /^\/v2\/(.+)\/referrers\/([^/]+)$/, handle: referrers },
  ];

  async function route(ctx: Context): Promise<void> {
    const path = ctx.url.pathname;
    if (!path.startsWith('/v2/') && path !== '/v2')
      throw new RegistryHttpError(404, 'UNSUPPORTED', 'not an OCI distribution API path');
    if (auth && !basicAuthMatches(ctx.request.headers.authorization, auth)) {
      throw new RegistryHttpError(401, 'UNAUTHORIZED', 'authentication required', undefined, {
        'www-authenticate': `Basic realm="${REALM}", charset="UTF-8"`,
      });
    }
    if (path === '/v2/' || path === '/v2') {
      if (ctx.method !== 'GET' && ctx.method !== 'HEAD') throw unsupported(ctx);
      return ctx.reply(200, { 'content-type': 'application/json', 'content-length': '2' }, '{}');
    }
    for (const { pattern, handle } of routes) {
      const match = pattern.exec(path);
      if (!match?.[1]) continue;
      const name = match[1];
      validateName(name);
      return handle(ctx, name, decodePart(match[2] ?? ''));
    }
    throw new RegistryHttpError(404, 'UNSUPPORTED', 'not an OCI distribution API path');
  }

  return (request, response) => {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://registry.invalid');
    response.setHeader('docker-distribution-api-version', 'registry/2.0');
    const reply: Reply = (status, headers = {}, body) => {
      response.writeHead(status, headers);
      response.end(method === 'HEAD' ? undefined : body);
    };
    const ctx: Context = { request, response, url, method, reply };
    route(ctx).then(
      () => log?.debug(`registry: ${method} ${url.pathname} ${response.statusCode}`),
      (error: unknown) => {
        const failure =
          error instanceof RegistryHttpError
            ? error
            : new RegistryHttpError(500, 'UNKNOWN', 'internal error');
        if (!(error instanceof RegistryHttpError))
          log?.warn(
            `registry: ${method} ${url.pathname} failed: ${error instanceof Error ? error.message : String(error)}`,
          );
        else log?.debug(`registry: ${method} ${url.pathname} ${failure.status} ${failure.code}`);
        if (response.headersSent) {
          response.destroy();
          return;
        }
        // A body left unread would be taken for the next request on a kept-alive connection.
        if (!request.readableEnded) {
          response.setHeader('connection', 'close');
          request.resume();
        }
        const body = failure.body();
        reply(
          failure.status,
          {
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(body)),
            ...failure.headers,
          },
          body,
        );
      },
    );
  };
}
