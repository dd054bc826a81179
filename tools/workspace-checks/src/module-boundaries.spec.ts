import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

interface LintMessage {
  ruleId: string | null;
  severity: number;
  message: string;
}

/** Lints a virtual file with the workspace's own ESLint CLI and configuration (as `nx lint` does). */
async function lint(file: string, code: string): Promise<LintMessage[]> {
  const run = spawnSync(path.join(ROOT, 'node_modules/.bin/eslint'), ['--stdin', '--stdin-filename', file, '--format', 'json'], {
    cwd: ROOT,
    input: code,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries');
}

describe('module boundaries', () => {
  beforeAll(() => {
    // The rule reads Nx's project graph; compute it as `nx lint` would.
    execFileSync(path.join(ROOT, 'node_modules/.bin/nx'), ['show', 'projects'], {
      cwd: ROOT,
      env: { ...process.env, NX_DAEMON: 'false' },
      stdio: 'ignore',
    });
  }, 60_000);

  it('When an app imports another app, then the lint rule fails', async () => {
    const messages = await lint(
      'apps/impact/src/boundary-probe.ts',
      "import { createRecruitmentService } from '../../recruitment/src/recruitment.service';\nexport const x = createRecruitmentService;\n",
    );
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0].severity).toBe(2);
  });

  it('When a util lib imports a feature lib, then the lint rule fails', async () => {
    const messages = await lint(
      'tools/workspace-checks/src/boundary-probe.ts',
      "import { createServiceHost } from '@binome/service-host';\nexport const x = createServiceHost;\n",
    );
    expect(messages.map((m) => m.message).join('\n')).toMatch(/type:util.*can only depend on libs tagged with/);
  });

  it('When an app imports a shared lib through its alias, then the rule is satisfied', async () => {
    const messages = await lint(
      'apps/impact/src/boundary-probe.ts',
      "import { createServiceHost } from '@binome/service-host';\nexport const x = createServiceHost;\n",
    );
    expect(messages).toEqual([]);
  });
});
