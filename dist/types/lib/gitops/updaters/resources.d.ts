import type { Document, YAMLMap } from 'yaml';
/** A map inside a document and the key path that leads to it (`spec.values.`), for ids. */
export interface Rooted {
    map: YAMLMap;
    prefix: string;
}
export declare function isHelmRelease(t: {
    apiVersion: string;
    kind: string;
}): boolean;
export declare function isArgoApplication(t: {
    apiVersion: string;
    kind: string;
}): boolean;
/**
 * The sources of an Argo CD Application (`spec.source`, `spec.sources[]`) or of an ApplicationSet's
 * template (`spec.template.spec.source`, `…sources[]`).
 */
export declare function argoSources(doc: Document.Parsed): Rooted[];
/**
 * The Helm values trees of a document: the document itself for a values file (no `apiVersion` and
 * `kind`), `spec.values` of a Flux HelmRelease, `helm.valuesObject` of each Argo CD source. Other
 * Kubernetes resources have none (their images are the manifest updater's).
 */
export declare function valuesRoots(doc: Document.Parsed): Rooted[];
/** Cheap text test: may the file hold a HelmRelease or an Argo CD Application? */
export declare function mayHoldEmbeddedImages(text: string): {
    helmRelease: boolean;
    argo: boolean;
};
