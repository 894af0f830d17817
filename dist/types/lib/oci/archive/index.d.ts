export { ARCHIVE_PREFIX, ArchiveRepository, openDockerArchive, parseArchiveReference, type ArchiveOptions, type ArchiveReference, } from './store.js';
export { indexTar, readTarEntries, resolveEntry, tarChecksumOk, type ReadTarOptions, type TarEntry, } from './tar.js';
export { entryHeader, tarStream, type TarWriteEntry, type TarWriteEntryType } from './tar-writer.js';
export { OCI_ARCHIVE_PREFIX, createTemporaryLayout, openOciArchive, OciArchiveRepository, parseOciArchiveReference, type OciArchiveReference, type TemporaryLayout, } from './oci-archive.js';
export { writeDockerArchive, writeOciArchive, type DockerArchiveWriteOptions } from './write.js';
