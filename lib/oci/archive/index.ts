// `docker save` tarballs as a read-only Repository store.
export {
  ARCHIVE_PREFIX,
  ArchiveRepository,
  openDockerArchive,
  parseArchiveReference,
  type ArchiveOptions,
  type ArchiveReference,
} from './store';
export {
  indexTar,
  readTarEntries,
  resolveEntry,
  tarChecksumOk,
  type ReadTarOptions,
  type TarEntry,
} from './tar';
export {
  OCI_ARCHIVE_PREFIX,
  createTemporaryLayout,
  openOciArchive,
  parseOciArchiveReference,
  type OciArchiveReference,
  type TemporaryLayout,
} from './oci-archive';
export { writeDockerArchive, writeOciArchive, type DockerArchiveWriteOptions } from './write';
