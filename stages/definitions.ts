// ferry's stages, in pipeline order (Piper's General Purpose Pipeline names): which steps each holds and
// when a step is active without a toggle in stages.<Stage>.
import type { StageDefinition, StageStepDefinition } from '../lib/config';

export type { StageCondition, StageDefinition, StageStepDefinition } from '../lib/config';

// Acceptance and Performance deploy only when the stage names its own file: a filePath in
// steps.gitOpsUpdateDeployment alone would make every stage deploy to the same file.
const DEPLOY_PER_STAGE: StageStepDefinition = {
  step: 'gitOpsUpdateDeployment',
  conditions: [{ kind: 'configKey', keys: ['filePath'], stageOnly: true }],
};

export const STAGES: readonly StageDefinition[] = [
  {
    name: 'Build',
    description: 'Build the image, push it to the staging registry, promote it to the target registry.',
    steps: [
      {
        step: 'build',
        conditions: [
          { kind: 'configKey', keys: ['containerImageName', 'containerImageNameTags', 'containerImage'] },
          { kind: 'filePattern', patterns: ['Dockerfile', '**/Dockerfile'] },
        ],
      },
      { step: 'imagePushToRegistry', conditions: [{ kind: 'configKey', keys: ['targetRegistryUrl'] }] },
    ],
  },
  {
    name: 'Acceptance',
    description: 'Deploy to the acceptance environment through its GitOps file.',
    steps: [DEPLOY_PER_STAGE],
  },
  {
    name: 'Performance',
    description: 'Deploy to the performance environment through its GitOps file.',
    steps: [DEPLOY_PER_STAGE],
  },
  {
    name: 'Release',
    description: 'Deploy the release through the GitOps repository.',
    steps: [{ step: 'gitOpsUpdateDeployment', conditions: [{ kind: 'configKey', keys: ['filePath'] }] }],
  },
];
