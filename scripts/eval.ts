// npm run eval [-- --json] [--verbose] [--dir DIR] [FIXTURE_NAME...]
// Runs the extractor on every golden fixture in test/fixtures (extraction date from its meta),
// scores it against the hand annotation and prints per-fixture and pooled tables with the bars of
// issue 2. Exit status: 0 when every fixture passes every bar, 1 when one fails, 2 on bad usage
// or when the extractor cannot be loaded.
import { evaluate, type ExtractFn } from '@/core/eval/run'
import { formatReport, reportJson } from '@/core/eval/report'
import { fixtureNames, loadFixture } from '../test/fixtures/load'

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`)
  process.exit(2)
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const json = args.includes('--json')
  const verbose = args.includes('--verbose') || args.includes('-v')
  // --dir scores another corpus laid out like test/fixtures (e.g. the held-out texts in test/holdout)
  const dirAt = args.indexOf('--dir')
  const dir = dirAt >= 0 ? args[dirAt + 1] : undefined
  if (dirAt >= 0 && (!dir || dir.startsWith('-'))) fail('--dir needs a folder')
  if (dirAt >= 0) args.splice(dirAt, 2)
  const unknown = args.filter((a) => a.startsWith('-') && !['--json', '--verbose', '-v'].includes(a))
  if (unknown.length) fail(`unknown option ${unknown[0]} (use --json, --verbose, --dir DIR, or fixture names)`)
  const all = dir ? fixtureNames(dir) : fixtureNames()
  const wanted = args.filter((a) => !a.startsWith('-'))
  const missing = wanted.filter((n) => !all.includes(n))
  if (missing.length) fail(`no fixture named ${missing.join(', ')} (have: ${all.join(', ')})`)
  const fixtures = (wanted.length ? wanted : all).map((n) => (dir ? loadFixture(n, dir) : loadFixture(n)))

  let extract: ExtractFn
  let version: string
  try {
    const mod = await import('@/core/extract')
    extract = mod.extract
    version = mod.EXTRACTOR_VERSION
  } catch (e) {
    fail(`cannot load the extractor (@/core/extract): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`)
  }

  const result = evaluate(fixtures, extract)
  process.stdout.write(
    json ? JSON.stringify(reportJson(result, version, verbose), null, 2) + '\n' : formatReport(result, version, verbose) + '\n',
  )
  process.exitCode = result.overall.pass ? 0 : 1
}

void main()
