/**
 * The project's root folder, found from this file's location, so that the launcher's Maven project
 * is found whether the code runs compiled (dist/src/neo4j) or from source (src/neo4j).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'neo4j', 'pom.xml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no project root (a folder with package.json and neo4j/pom.xml) above ${__dirname}`);
    dir = parent;
  }
  return dir;
}
