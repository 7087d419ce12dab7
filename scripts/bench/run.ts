// Child processes for the benchmark: build, preview server, and Node benchmarks with their output.
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export interface Output {
  code: number | null
  stdout: string
  stderr: string
  ms: number
}

/** Runs a command to the end (or until `timeoutMs`), collecting its output. */
export function run(cmd: string, args: string[], opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<Output> {
  const t0 = performance.now()
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs) : null
    child.on('close', (code) => {
      if (timer) clearTimeout(timer)
      resolve({ code, stdout, stderr, ms: performance.now() - t0 })
    })
  })
}

/** Starts `vite preview` of `outDir` on `port` and resolves once it answers. */
export async function startPreview(outDir: string, port: number): Promise<ChildProcess> {
  // vite's own script under this node, not `npx vite`: killing npx left the preview server running
  // (and holding the port) after the bench
  const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url))
  const child = spawn(process.execPath, [vite, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`)
      if (r.ok) return child
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  child.kill()
  throw new Error(`vite preview did not answer on port ${port}`)
}
