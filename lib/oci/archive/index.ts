// OCI and docker archives (tarballs) as Repository stores, and ferry's tar reader and writer.
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
export { entryHeader, tarStream, type TarWriteEntry, type TarWriteEntryType } from './tar-writer';
export {
  OCI_ARCHIVE_PREFIX,
  createTemporaryLayout,
  openOciArchive,
  OciArchiveRepository,
  parseOciArchiveReference,
  type OciArchiveReference,
  type TemporaryLayout,
} from './oci-archive';
export { writeDockerArchive, writeOciArchive, type DockerArchiveWriteOptions } from './write';
