export { ARCHIVE_PREFIX, ArchiveRepository, openDockerArchive, parseArchiveReference, type ArchiveOptions, type ArchiveReference, } from './store.js';
export { indexTar, readTarEntries, resolveEntry, tarChecksumOk, type ReadTarOptions, type TarEntry, } from './tar.js';
export { OCI_ARCHIVE_PREFIX, createTemporaryLayout, openOciArchive, parseOciArchiveReference, type OciArchiveReference, type TemporaryLayout, } from './oci-archive.js';
export { writeDockerArchive, writeOciArchive, type DockerArchiveWriteOptions } from './write.js';
