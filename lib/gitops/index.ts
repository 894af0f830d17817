// The GitOps library: file updaters that pin images by digest, and setImage, which pins them in a tree.
export * from './updaters';
export {
  checkTargets,
  parseImageTarget,
  setImage,
  type SetImageOptions,
  type SetImageOutcome,
  type SetImageResult,
} from './set-image';
