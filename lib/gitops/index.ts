// The GitOps library: file updaters that pin images by digest, and the `ferry set-image` command.
export * from './updaters';
export { setImageCommand, parseSetImageArgs, SET_IMAGE_USAGE } from './set-image';
