export { buildNative, nativeProblems, DEFAULT_PLATFORM, type NativeBuildOptions, type NativeProblem, } from './builder.js';
export { createIndex, pushImage, pushIndex, type BuiltIndex, type BuiltImage, type BuiltLayer, type LayerSource, type PushImageOptions, } from './image.js';
export { DockerIgnore, globToRegExp, loadDockerIgnore, readContext } from './context.js';
export { tarStream, type TarWriteEntry as TarEntry } from '../../oci/archive/tar-writer.js';
export { writeLayer, GZIP_LEVEL, type WrittenLayer } from './layer.js';
