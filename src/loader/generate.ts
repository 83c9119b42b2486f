/**
 * Generates a reproducible annotated corpus for load tests and benchmarks, in the loader's own
 * `.jsonl` layout, so that the real loading path is what gets measured.
 *
 * The graph has a realistic shape: actors of mixed kinds whose degrees are heavy-tailed (a few
 * hubs, many actors with one or two relations: endpoints are drawn from a Zipf distribution),
 * relations of every type with partial dates, and documents whose text holds one sentence per
 * relation, so every quote points into real text. The same seed gives the same bytes.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { ACTOR_KINDS, isSymmetric, RELATION_TYPE_NAMES, RelationType } from '../graph/vocabulary';
import { seededRandom } from '../graph/seeded-random';

export interface GenerateOptions {
  readonly actors: number;
  readonly relations: number;
  readonly seed: number;
  /** Relations per document (one document per file). */
  readonly relationsPerDocument: number;
  readonly outDir: string;
  readonly onProgress?: (relationsWritten: number) => void;
}

/** Draws indexes 0..n-1 with probability proportional to 1/(i+1)^exponent. */
function zipf(n: number, exponent: number, next: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    total += 1 / (i + 1) ** exponent;
    cumulative[i] = total;
  }
  return () => {
    const target = next() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

const SYLLABLES = ['ka', 'ri', 'mo', 'sa', 'len', 'dar', 'vi', 'tor', 'na', 'bel', 'qu', 'ash', 'ed', 'lo', 'min', 'ra', 'zu', 'hel', 'om', 'tis'];
const VERBS: Readonly<Record<RelationType, string>> = {
  NEGOTIATES_WITH: 'held talks with',
  COOPERATES_WITH: 'worked together with',
  ATTACKS: 'attacked',
  KILLED_BY: 'was killed by',
  FIGHTS: 'fought',
  OPPOSES: 'opposed',
  PRESSURES: 'pressed',
  LEADS: 'leads',
  COMMANDS: 'commands',
  PART_OF: 'is part of',
  AFFILIATED_WITH: 'is affiliated with',
  SPOKESPERSON_FOR: 'speaks for',
  SUPPORTS: 'supported',
  DEMANDS_WITHDRAWAL_OF: 'demanded the withdrawal of',
  INVADES: 'invaded',
  PRESENT_IN: 'has forces in',
  WITHDRAWS_FROM: 'withdrew from',
};

function actorName(index: number, next: () => number): string {
  const word = (): string => {
    const parts = 2 + Math.floor(next() * 2);
    const text = Array.from({ length: parts }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
    return text[0].toUpperCase() + text.slice(1);
  };
  // The index keeps names unique, so each name is a quote of exactly one actor.
  return `${word()} ${word()} ${index}`;
}

function partialDate(next: () => number): string {
  const year = 1990 + Math.floor(next() * 35);
  const precision = next();
  if (precision < 0.3) return String(year);
  const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
  if (precision < 0.6) return `${year}-${month}`;
  return `${year}-${month}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
}

interface GeneratedRelation {
  type: RelationType;
  from: number;
  to: number;
  time: string;
}

/** Writes `relations / relationsPerDocument` files and returns their paths. */
export async function generateCorpus(options: GenerateOptions): Promise<string[]> {
  const next = seededRandom(options.seed);
  const pickActor = zipf(options.actors, 1.1, next);
  const kinds = Array.from({ length: options.actors }, () => ACTOR_KINDS[Math.floor(next() * ACTOR_KINDS.length)]);
  const names = Array.from({ length: options.actors }, (_, index) => actorName(index, next));
  mkdirSync(options.outDir, { recursive: true });
  const files: string[] = [];
  const documents = Math.ceil(options.relations / options.relationsPerDocument);
  let written = 0;
  for (let documentIndex = 0; documentIndex < documents; documentIndex += 1) {
    const count = Math.min(options.relationsPerDocument, options.relations - written);
    const relations: GeneratedRelation[] = [];
    const seen = new Set<string>();
    while (relations.length < count) {
      const type = RELATION_TYPE_NAMES[Math.floor(next() * RELATION_TYPE_NAMES.length)];
      const from = pickActor();
      const to = pickActor();
      const time = partialDate(next);
      const [first, second] = isSymmetric(type) && to < from ? [to, from] : [from, to];
      const key = `${type} ${first} ${second} ${time}`;
      if (from === to || seen.has(key)) continue;
      seen.add(key);
      relations.push({ type, from, to, time });
    }
    const sentences = relations.map((relation) => `${names[relation.from]} ${VERBS[relation.type]} ${names[relation.to]} (${relation.time}).`);
    const mentioned = [...new Set(relations.flatMap((relation) => [relation.from, relation.to]))].sort((a, b) => a - b);
    const id = `generated-${options.seed}-${String(documentIndex).padStart(5, '0')}`;
    const file = join(options.outDir, `${id}.jsonl`);
    const out = createWriteStream(file);
    const write = async (value: unknown): Promise<void> => {
      if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
    };
    await write({ document: { id, title: `Generated report ${documentIndex + 1}`, text: sentences.join('\n'), date: partialDate(next), language: 'en' } });
    for (const actor of mentioned) {
      await write({ actor: { id: `actor-${actor}`, name: names[actor], kind: kinds[actor], evidence: [{ quote: names[actor] }] } });
    }
    for (let index = 0; index < relations.length; index += 1) {
      const relation = relations[index];
      await write({
        relation: {
          type: relation.type,
          from: `actor-${relation.from}`,
          to: `actor-${relation.to}`,
          time: relation.time,
          description: `${VERBS[relation.type]} (generated)`,
          evidence: [{ quote: sentences[index] }],
        },
      });
    }
    out.end();
    await once(out, 'finish');
    files.push(file);
    written += count;
    options.onProgress?.(written);
  }
  return files;
}
