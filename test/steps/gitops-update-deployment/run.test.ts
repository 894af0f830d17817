// steps/gitOpsUpdateDeployment/run.ts: the pull-request branch name, and kustomize's images[].name
// matched as written when deploymentName names it.
import { describe, expect, it } from 'vitest';
import { type DeployImage } from '../../../steps/gitOpsUpdateDeployment/images';
import { pullRequestBranch } from '../../../steps/gitOpsUpdateDeployment/run';
import { parseReference } from '../../../lib/oci/reference';
import { updateText } from '../../../lib/gitops/updaters';

const D1 = `sha256:${'1'.repeat(64)}`;

function deployImage(text: string, source: DeployImage['source'] = 'images'): DeployImage {
  const ref = parseReference(text);
  return { repository: ref.name, ref, shortName: ref.repository.split('/').pop() ?? '', source };
}

describe('pullRequestBranch', () => {
  const image = (shortName: string): DeployImage => ({
    ...deployImage(`r.example/r/${shortName.toLowerCase()}:1`),
    shortName,
  });
  it.each([
    ['Acceptance', ['app'], 'ferry/acceptance/app'],
    [undefined, ['app'], 'ferry/default/app'],
    ['My Stage!', ['app', 'api', 'app'], 'ferry/my-stage/app_api'],
    ['..x..', ['web.v2'], 'ferry/x/web.v2'],
  ])('stage %s, images %j → %s', (stage, names, expected) => {
    expect(pullRequestBranch(stage, names.map(image))).toBe(expected);
  });
});

describe('kustomize deploymentName', () => {
  it('matches a mixed-case images[].name as written and sets the new name and digest', () => {
    const text = 'resources:\n  - deployment.yaml\nimages:\n  - name: myFancyDeployment\n    newTag: "1.0"\n';
    const result = updateText(text, {
      kind: 'kustomize',
      images: [
        {
          repository: 'myFancyDeployment',
          reference: parseReference(`myregistry.com/containers/app:1337@${D1}`),
        },
      ],
      referenceForm: 'tag+digest',
    });
    expect(result.matched).toBe(1);
    expect(result.text).toContain('name: myFancyDeployment');
    expect(result.text).toContain('newName: myregistry.com/containers/app');
    expect(result.text).toContain('newTag: "1337"');
    expect(result.text).toContain(`digest: ${D1}`);
  });
});
