export * from './updaters/index.js';
export { checkTargets, parseImageTarget, setImage, type SetImageOptions, type SetImageOutcome, type SetImageResult, } from './set-image.js';
