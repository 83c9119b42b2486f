/**
 * Builds one of the project's Java launchers with Maven and copies its jars, with their
 * dependencies from Maven Central, into a folder of the project: the classpath the launcher then
 * runs from. A stamp (a hash of the pom and the sources) skips the build when nothing changed, so
 * only the first start on a machine downloads anything.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** The file in a launcher's jar folder that records which launcher they were built for. */
const STAMP = '.launcher-hash';

export interface MavenBuild {
  /** The folder of the launcher's pom.xml. */
  readonly projectDir: string;
  /** Where the jars go (the pom's `lib.dir`). */
  readonly libDir: string;
  /** How progress lines start, e.g. `neo4j`. */
  readonly name: string;
  /** Said before a build, e.g. "the first time, this downloads about 120 MB of jars". */
  readonly downloadNote: string;
  readonly log: (line: string) => void;
  readonly fail: (message: string) => Error;
  /** Throws when a tool is missing: Java always, Maven only when `needsMaven` (the jars are still to be fetched). */
  readonly checkTools: (needsMaven: boolean) => void;
}

/** Whether the jars of this exact launcher (its sources hashed to `hash`) are in `libDir` already. */
export function launcherBuilt(projectDir: string, libDir: string, hash = launcherHash(projectDir)): boolean {
  const stamp = join(libDir, STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === hash;
}

/**
 * Checks the tools, then builds the launcher and copies its jars, unless the jars of this exact
 * launcher are there (then Maven is not needed: an image prepared ahead of use has none).
 */
export async function buildWithMaven(build: MavenBuild): Promise<void> {
  const hash = launcherHash(build.projectDir);
  const built = launcherBuilt(build.projectDir, build.libDir, hash);
  build.checkTools(!built);
  if (built) return;
  const stamp = join(build.libDir, STAMP);

  mkdirSync(build.libDir, { recursive: true });
  build.log(`${build.name}: building the launcher with Maven (${build.downloadNote})`);
  const maven = spawn('mvn', ['-B', '-f', join(build.projectDir, 'pom.xml'), `-Dlib.dir=${resolve(build.libDir)}`, 'package'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errors: string[] = [];
  let downloads = 0;
  const started = Date.now();
  createInterface({ input: maven.stdout! }).on('line', (line) => {
    if (line.startsWith('Downloaded from ')) {
      downloads += 1;
      if (downloads % 25 === 0) build.log(`${build.name}: ${downloads} artifacts downloaded (${Math.round((Date.now() - started) / 1000)} s)`);
    } else if (line.includes('ERROR')) {
      errors.push(line);
    }
  });
  createInterface({ input: maven.stderr! }).on('line', (line) => errors.push(line));
  const code = await new Promise<number | null>((resolveEnded, rejectEnded) => {
    maven.once('error', rejectEnded);
    maven.once('close', resolveEnded);
  });
  if (code !== 0) {
    throw build.fail(`Maven could not build the ${build.name} launcher (exit code ${code}):\n${errors.slice(0, 8).join('\n')}`);
  }
  const jars = readdirSync(build.libDir).filter((file) => file.endsWith('.jar'));
  const megabytes = Math.round(jars.reduce((sum, file) => sum + statSync(join(build.libDir, file)).size, 0) / 1_048_576);
  build.log(`${build.name}: launcher built (${downloads} artifacts downloaded, ${jars.length} jars, ${megabytes} MB in ${build.libDir})`);
  writeFileSync(stamp, hash);
}

/** The pom and every source file under src/main, in a stable order. */
export function launcherHash(projectDir: string): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(projectDir, 'pom.xml')));
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else {
        hash.update(entry.name);
        hash.update(readFileSync(path));
      }
    }
  };
  visit(join(projectDir, 'src', 'main'));
  return hash.digest('hex');
}
