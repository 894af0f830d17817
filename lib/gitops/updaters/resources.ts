// Kubernetes resources that carry images outside pod specs: Flux HelmRelease values and Argo CD
// Application sources. Shared by the Helm values updater (values trees) and the Argo CD updater
// (Helm parameters, kustomize images).
import { isMap } from 'yaml';
import type { Document, YAMLMap } from 'yaml';
import { getMap, getScalar, getSeq, resolveNode } from './yaml-text';

/** A map inside a document and the key path that leads to it (`spec.values.`), for ids. */
export interface Rooted {
  map: YAMLMap;
  prefix: string;
}

function typeOf(root: YAMLMap, doc: Document.Parsed): { apiVersion: string; kind: string } | undefined {
  const apiVersion = getScalar(root, 'apiVersion', doc)?.value;
  const kind = getScalar(root, 'kind', doc)?.value;
  return typeof apiVersion === 'string' && typeof kind === 'string' ? { apiVersion, kind } : undefined;
}

export function isHelmRelease(t: { apiVersion: string; kind: string }): boolean {
  return t.kind === 'HelmRelease' && t.apiVersion.startsWith('helm.toolkit.fluxcd.io/');
}

export function isArgoApplication(t: { apiVersion: string; kind: string }): boolean {
  return (t.kind === 'Application' || t.kind === 'ApplicationSet') && t.apiVersion.startsWith('argoproj.io/');
}

/**
 * The sources of an Argo CD Application (`spec.source`, `spec.sources[]`) or of an ApplicationSet's
 * template (`spec.template.spec.source`, `…sources[]`).
 */
export function argoSources(doc: Document.Parsed): Rooted[] {
  const root = resolveNode(doc.contents, doc);
  if (!isMap(root)) return [];
  const t = typeOf(root, doc);
  if (!t || !isArgoApplication(t)) return [];
  const spec = getMap(root, 'spec', doc);
  const app = t.kind === 'ApplicationSet' ? spec && getMap(spec, 'template', doc) : root;
  const appSpec = t.kind === 'ApplicationSet' ? app && getMap(app, 'spec', doc) : spec;
  const base = t.kind === 'ApplicationSet' ? 'spec.template.spec.' : 'spec.';
  if (!appSpec) return [];
  const out: Rooted[] = [];
  const source = getMap(appSpec, 'source', doc);
  if (source) out.push({ map: source, prefix: `${base}source.` });
  getSeq(appSpec, 'sources', doc)?.items.forEach((item, i) => {
    const map = resolveNode(item, doc);
    if (isMap(map)) out.push({ map, prefix: `${base}sources[${i}].` });
  });
  return out;
}

/**
 * The Helm values trees of a document: the document itself for a values file (no `apiVersion` and
 * `kind`), `spec.values` of a Flux HelmRelease, `helm.valuesObject` of each Argo CD source. Other
 * Kubernetes resources have none (their images are the manifest updater's).
 */
export function valuesRoots(doc: Document.Parsed): Rooted[] {
  const root = resolveNode(doc.contents, doc);
  if (!isMap(root)) return [];
  const t = typeOf(root, doc);
  if (!t) return [{ map: root, prefix: '' }];
  if (isHelmRelease(t)) {
    const spec = getMap(root, 'spec', doc);
    const values = spec && getMap(spec, 'values', doc);
    return values ? [{ map: values, prefix: 'spec.values.' }] : [];
  }
  return argoSources(doc).flatMap(({ map, prefix }) => {
    const helm = getMap(map, 'helm', doc);
    const values = helm && getMap(helm, 'valuesObject', doc);
    return values ? [{ map: values, prefix: `${prefix}helm.valuesObject.` }] : [];
  });
}

/** Cheap text test: may the file hold a HelmRelease or an Argo CD Application? */
export function mayHoldEmbeddedImages(text: string): { helmRelease: boolean; argo: boolean } {
  return {
    helmRelease: /^kind:[ \t]*["']?HelmRelease\b/m.test(text),
    argo: /^kind:[ \t]*["']?Application(Set)?\b/m.test(text) && /argoproj\.io\//.test(text),
  };
}
