// The imagePushToRegistry step: its metadata (metadata.ts) and its body (run.ts).
import { defineStep } from '../../lib/step';
import { metadata } from './metadata';
import { run } from './run';

export const imagePushToRegistry = defineStep({ ...metadata, run });
