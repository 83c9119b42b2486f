/**
 * The HTTP floor: the least a server must do to answer the benchmark's requests over HTTP. Plain
 * `node:http`, no framework and no GraphQL: it reads the same POST body as our service
 * (`{ query, variables }`), finds the benchmark query by its text, runs the floor's Cypher as one
 * auto-commit statement (as the in-process floor does) and writes the JSON our service would
 * (`{ "data": ... }`). Ours over this floor is what our GraphQL layer costs beyond HTTP and the
 * driver.
 *
 * `node dist/bench/http-floor.js <inputs.json>`, with the benchmark's `QueryInputs`; it prints
 * `http floor at <url>` once it listens.
 */
import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { runCli } from '../src/cli/run-cli';
import { errorMessage } from '../src/errors/error-message';
import { QueryInputs, querySpecs } from './bench-queries';

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, rejectBody) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', rejectBody);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

async function main(inputsFile: string): Promise<void> {
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8')) as QueryInputs;
  const byQuery = new Map(querySpecs(inputs).map((spec) => [spec.query, spec.floor]));
  const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD!), { disableLosslessIntegers: true });
  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const { query, variables } = JSON.parse(await readBody(request)) as { query: string; variables?: Record<string, unknown> };
    const floor = byQuery.get(query);
    if (floor === undefined) {
      send(response, 400, { errors: [{ message: `expected one of the benchmark's queries, found ${query.slice(0, 80)}` }] });
      return;
    }
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      const result = await session.run(floor.cypher, floor.params(variables ?? {}));
      send(response, 200, { data: floor.data(result.records.map((record) => record.toObject())) });
    } finally {
      await session.close();
    }
  };
  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => send(response, 500, { errors: [{ message: errorMessage(error) }] }));
  });
  server.listen(0, '127.0.0.1', () => process.stdout.write(`http floor at http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql\n`));
}

runCli('http floor', () => main(process.argv[2]));
