// steps/gitOpsUpdateDeployment/message.ts: the commit message template and its checks.
import { describe, expect, it } from 'vitest';
import { checkTemplate, renderCommitMessage } from '../../../steps/gitOpsUpdateDeployment/message';

const D1 = `sha256:${'1'.repeat(64)}`;

describe('renderCommitMessage', () => {
  const images = [
    {
      reference: `prod.example/team/app:1.4@${D1}`,
      name: 'prod.example/team/app',
      shortName: 'app',
      digest: D1,
      tag: '1.4',
      previous: ['prod.example/team/app:1.3'],
    },
  ];

  // Piper TestRunGitopsUpdateDeploymentWithKubectl "default commit message": the subject is Piper's,
  // ferry's body (old → new, files, source revision) follows it.
  it("opens with Piper's subject and lists each image old → new", () => {
    const message = renderCommitMessage({ images, files: ['dev/app.yaml'], sourceRevision: 'abc123' });
    expect(message.split('\n')).toEqual([
      'Updated prod.example/team/app to version 1.4',
      '',
      `app: prod.example/team/app:1.3 → prod.example/team/app:1.4@${D1}`,
      '',
      'Files: dev/app.yaml',
      'Source revision: abc123',
    ]);
  });

  it('fills the template placeholders', () => {
    expect(
      renderCommitMessage({
        template: 'deploy {{image}} ({{digest}}) was {{previous}} in {{files}} from {{ sourceRevision }}',
        images,
        files: ['a.yaml', 'b.yaml'],
        sourceRevision: 'abc',
      }),
    ).toBe(
      `deploy prod.example/team/app:1.4@${D1} (${D1}) was prod.example/team/app:1.3 in a.yaml, b.yaml from abc`,
    );
  });

  it.each([
    ['myregistry.com/myfancycontainer', '1337', 'Updated myregistry.com/myfancycontainer to version 1337'],
    [
      'myregistry.com/registry/containers/myfancycontainer',
      '1337',
      'Updated myregistry.com/registry/containers/myfancycontainer to version 1337',
    ],
  ])('Piper default subject for %s:%s', (name, tag, subject) => {
    const message = renderCommitMessage({
      images: [{ reference: `${name}:${tag}`, name, shortName: 'x', digest: undefined, tag, previous: [] }],
      files: ['a.yaml'],
    });
    expect(message.split('\n')[0]).toBe(subject);
  });

  it('rejects an unknown placeholder, naming the known ones', () => {
    expect(() => checkTemplate('x {{imag}}')).toThrow('unknown placeholder {{imag}}');
  });
});
