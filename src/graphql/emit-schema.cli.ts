/** `npm run schema`: writes the GraphQL schema's SDL to schema/schema.graphql. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config/project-root';
import { schemaSdl } from './schema';
import { commandLine, runCommand } from '../cli/command-line';

const command = commandLine('schema', "Writes the GraphQL schema's SDL to schema/schema.graphql.");

runCommand('schema', command, async () => {
  const file = join(projectRoot(), 'schema', 'schema.graphql');
  writeFileSync(file, await schemaSdl());
  process.stdout.write(`wrote ${file}\n`);
});
