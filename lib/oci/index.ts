// The public face of the image engine: references, auth, transport, the registry, layout and archive
// stores and the copy engine (`ferry copy` is in lib/cli/commands/copy.ts).
export * from './types';
export * from './reference';
export * from './digest';
export * from './errors';
export * from './auth';
export * from './transport';
export * from './registry';
export * from './layout';
export * from './archive';
export * from './copy';
export {
  endpointIdentifier,
  endpointTag,
  openEndpoint,
  openEndpointStore,
  parseEndpoint,
  TRANSPORTS,
  type Endpoint,
  type OpenedEndpoint,
  type OpenEndpointOptions,
} from './copy/endpoints';
