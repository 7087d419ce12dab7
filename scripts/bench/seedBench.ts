// The bench page (bench.html) as the profiling and screenshot scripts use it: open it, and seed a
// browser profile's database with n synthetic commitments through the app's own import path, the
// way `npm run bench` seeds.
import type { BrowserContext, Page } from '@playwright/test'

export type BenchApi = Record<string, (...a: unknown[]) => Promise<unknown>>

/** A new page on bench.html, once its `__bench` API is there. */
export async function openBenchPage(context: BrowserContext, base: string): Promise<Page> {
  const bench = await context.newPage()
  await bench.goto(`${base}/bench.html`)
  await bench.waitForFunction(() => (window as unknown as { __bench?: unknown }).__bench !== undefined)
  return bench
}

/** Replaces the context's database with n generated commitments, imported as the app imports. */
export async function seedThroughBench(context: BrowserContext, base: string, n: number): Promise<void> {
  const bench = await openBenchPage(context, base)
  await bench.evaluate(async (count) => {
    const b = (window as unknown as { __bench: BenchApi }).__bench
    await b.deleteDb()
    await b.generate(count)
    await b.ingestApp()
  }, n)
  await bench.close()
}
