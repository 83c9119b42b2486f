/** `npm run schema`: writes the GraphQL schema's SDL to schema/schema.graphql. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../neo4j/project-root';
import { schemaSdl } from './schema';

schemaSdl()
  .then((sdl) => {
    const file = join(projectRoot(), 'schema', 'schema.graphql');
    writeFileSync(file, sdl);
    process.stdout.write(`wrote ${file}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`schema: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
