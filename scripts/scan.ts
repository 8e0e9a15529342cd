/** `npm run scan -- [--format text|csv|jsonl] [--column NAME] [--charter FILE] [FILE|-]`: see lib/risk/cli.ts. */
import { readFileSync } from 'node:fs';
import { runScanCli } from '../lib/risk/cli';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

process.exitCode = await runScanCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin,
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
});
