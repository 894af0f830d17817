const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);

// stages/definitions.ts
var DEPLOY_PER_STAGE = {
  step: "gitOpsUpdateDeployment",
  conditions: [{ kind: "configKey", keys: ["filePath"], stageOnly: true }]
};
var STAGES = [
  {
    name: "Build",
    description: "Build the image, push it to the staging registry, promote it to the target registry.",
    steps: [
      {
        step: "build",
        conditions: [
          { kind: "configKey", keys: ["containerImageName", "containerImageNameTags", "containerImage"] },
          { kind: "filePattern", patterns: ["Dockerfile", "**/Dockerfile"] }
        ]
      },
      { step: "imagePushToRegistry", conditions: [{ kind: "configKey", keys: ["targetRegistryUrl"] }] }
    ]
  },
  {
    name: "Acceptance",
    description: "Deploy to the acceptance environment through its GitOps file.",
    steps: [DEPLOY_PER_STAGE]
  },
  {
    name: "Performance",
    description: "Deploy to the performance environment through its GitOps file.",
    steps: [DEPLOY_PER_STAGE]
  },
  {
    name: "Release",
    description: "Deploy the release through the GitOps repository.",
    steps: [{ step: "gitOpsUpdateDeployment", conditions: [{ kind: "configKey", keys: ["filePath"] }] }]
  }
];

export {
  STAGES
};
