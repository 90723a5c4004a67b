// Finds a browser binary installed by apt (never a test tool's own download).
import { execFileSync } from 'node:child_process';

/** The first of `names` on the PATH, or the path in `envVar`; otherwise an error saying how to install it. */
export function findBinary(envVar, names, installHint) {
  if (process.env[envVar]) return process.env[envVar];
  for (const name of names) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`])
        .toString()
        .trim();
    } catch {}
  }
  throw new Error(`${names[0]} not found: ${installHint} (or set ${envVar})`);
}
