// The native builder: Dockerfiles without RUN built into OCI images with no daemon and no root.
export {
  buildNative,
  nativeProblems,
  DEFAULT_PLATFORM,
  type NativeBuildOptions,
  type NativeProblem,
} from './builder';
export {
  createIndex,
  pushImage,
  pushIndex,
  type BuiltIndex,
  type BuiltImage,
  type BuiltLayer,
  type LayerSource,
  type PushImageOptions,
} from './image';
export { DockerIgnore, globToRegExp, loadDockerIgnore, readContext } from './context';
export { tarStream, type TarWriteEntry as TarEntry } from '../../oci/archive/tar-writer';
export { writeLayer, GZIP_LEVEL, type WrittenLayer } from './layer';
