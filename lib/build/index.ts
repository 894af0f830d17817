// Builders (native, buildah, docker, kaniko, pack), `auto` selection and the Dockerfile parser they share.
export * from './types';
export * from './auto';
export * from './auth';
export * from './buildah';
export * from './docker';
export * from './kaniko';
export * from './pack';
export * from './dockerfile';
export * from './native';
export * from './provenance';
export * from './targets';
export * from './multi-image';
export * from './mirrors';
export * from './sbom';
export * from './native-options';
