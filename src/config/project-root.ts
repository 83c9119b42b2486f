/**
 * The project's root folder (the one whose package.json is actorgraph's), found from this file's
 * location, so that the launcher's Maven project and the built pages are found whether the code
 * runs compiled (dist/src/...) or from source (src/...), in a clone or in the Docker image.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function isProjectRoot(dir: string): boolean {
  const file = join(dir, 'package.json');
  return existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === 'actorgraph';
}

export function projectRoot(): string {
  let dir = __dirname;
  while (!isProjectRoot(dir)) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no project root (a folder with actorgraph's package.json) above ${__dirname}`);
    dir = parent;
  }
  return dir;
}
