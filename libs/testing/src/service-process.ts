import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface ServiceProcess {
  name: string;
  httpPort: number;
  grpcPort: number;
  child: ChildProcess;
  output: string[];
  stop(): Promise<number | null>;
}

/**
 * Starts a service exactly as `npm start` does: its own Node process running apps/<name>/src/main.ts.
 * `readyTimeoutMs` (default 60 s) bounds the wait for /readyz: several at once on a loaded machine take longer.
 */
export async function startService(
  name: string,
  env: Record<string, string>,
  options: { readyTimeoutMs?: number; grpcPort?: number } = {},
): Promise<ServiceProcess> {
  const httpPort = await freePort();
  // A port chosen beforehand (`freePort()`) lets a peer started earlier be told where to call.
  const grpcPort = options.grpcPort ?? (await freePort());
  const output: string[] = [];
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, `apps/${name}/src/main.ts`)], {
    cwd: ROOT,
    env: { ...process.env, ...env, HTTP_PORT: String(httpPort), GRPC_PORT: String(grpcPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // 60 s by default; a machine shared by many sessions may need more (SERVICE_START_TIMEOUT_MS).
  const readyTimeoutMs = options.readyTimeoutMs ?? (Number(process.env.SERVICE_START_TIMEOUT_MS) || 60_000);
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start-up:\n${output.join('')}`);
    const ok = await fetch(`http://127.0.0.1:${httpPort}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      // Not left running: the caller never gets a handle to stop it.
      child.kill('SIGTERM');
      throw new Error(`${name} not ready after ${readyTimeoutMs / 1000} s:\n${output.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    name,
    httpPort,
    grpcPort,
    child,
    output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
