/**
 * The steps a scene is made of. What the explorer shows is not a query but the result of the
 * steps a person took (search an actor, expand one, draw a path, hide, filter, choose a layout,
 * pin), kept in order so that undo and redo walk them and a link or a file can carry them.
 *
 * A step names actors and relations by id and holds only what its replay needs; what a step
 * fetches (a neighbourhood, a path) is fetched again when a link is opened. `checkStep` is the
 * one gate every step passes when it comes from outside the page (a link, a file): a value it
 * cannot use is refused with the reason, so a tampered link never reaches the API with it.
 *
 * Another part of the page adds relations it found (by id) with the `relations` step.
 */
import { PARTIAL_DATE } from '../graph/partial-time';

export type Direction = 'OUT' | 'IN' | 'BOTH';
export const DIRECTIONS: readonly Direction[] = ['BOTH', 'OUT', 'IN'];

/** The layouts offered, in the menu's order (see layouts.ts for what each does). */
export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst', 'time'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** The relation types and time window relations are shown for; searches, expansions and paths follow the types. */
export interface SceneFilter {
  /** Relation type names; empty means all. */
  readonly types: readonly string[];
  /** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD); empty means open. */
  readonly since: string;
  readonly until: string;
}

export type Step =
  /** Adds an actor's neighbourhood and makes it the scene's focus (where a path starts). */
  | { readonly kind: 'search'; readonly actor: string; readonly depth: number; readonly direction: Direction }
  /** Adds the actors one hop from an actor of the scene. */
  | { readonly kind: 'expand'; readonly actor: string; readonly direction: Direction }
  /** Adds the shortest path (or the shortest time-respecting one) and highlights it. */
  | { readonly kind: 'path'; readonly from: string; readonly to: string; readonly timeRespecting: boolean }
  /** Adds relations by id, with the actors at their ends. */
  | { readonly kind: 'relations'; readonly ids: readonly string[] }
  /** Hides actors (with their relations) or relations of the scene. */
  | { readonly kind: 'hide'; readonly ids: readonly string[] }
  /** Shows hidden ones again. */
  | { readonly kind: 'show'; readonly ids: readonly string[] }
  | ({ readonly kind: 'filter' } & SceneFilter)
  | { readonly kind: 'layout'; readonly name: LayoutName }
  /** Keeps an actor where it was put, through every later layout. */
  | { readonly kind: 'pin'; readonly actor: string; readonly x: number; readonly y: number }
  | { readonly kind: 'unpin'; readonly actor: string }
  /** Empties the scene; what came before it no longer shows. */
  | { readonly kind: 'clear' };

/** Actor ids are slugs; relation ids are a type in lower case, a hyphen and a digest. */
const ID = /^[a-z0-9][a-z0-9_-]{0,127}$/;
const TYPE = /^[A-Z][A-Z_]{0,63}$/;
/** Most ids one step names; a longer list in a link is refused as tampered. */
export const MAX_STEP_IDS = 1_000;
/** Pinned positions are model coordinates; beyond this they are off any drawing. */
const MAX_COORDINATE = 1_000_000;

export const INITIAL_FILTER: SceneFilter = { types: [], since: '', until: '' };

/** A step in a sentence, for the history and for what a bad link dropped. */
export function describeStep(step: Step): string {
  switch (step.kind) {
    case 'search':
      return `search ${step.actor}`;
    case 'expand':
      return `expand ${step.actor}`;
    case 'path':
      return `${step.timeRespecting ? 'time-respecting path' : 'path'} from ${step.from} to ${step.to}`;
    case 'relations':
      return `add ${countOf(step.ids.length, 'relation')}`;
    case 'hide':
      return `hide ${step.ids.join(', ')}`;
    case 'show':
      return `show ${step.ids.join(', ')}`;
    case 'filter':
      return `filter (${[step.types.length > 0 ? step.types.join(', ') : 'all types', step.since ? `since ${step.since}` : '', step.until ? `until ${step.until}` : ''].filter(Boolean).join(', ')})`;
    case 'layout':
      return `layout ${step.name}`;
    case 'pin':
      return `pin ${step.actor}`;
    case 'unpin':
      return `unpin ${step.actor}`;
    case 'clear':
      return 'clear';
  }
}

export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

type Fields = Record<string, unknown>;

/**
 * The step a plain object describes, or the reason it is not one. `maxDepth` is the deepest
 * search the service allows.
 */
export function checkStep(raw: unknown, maxDepth: number): Step | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return `expected a step object, found ${describe(raw)}`;
  const fields = raw as Fields;
  switch (fields.kind) {
    case 'search': {
      const problem = idProblem(fields, 'actor') ?? directionProblem(fields);
      if (problem) return problem;
      if (!Number.isInteger(fields.depth) || (fields.depth as number) < 1 || (fields.depth as number) > maxDepth) return `expected a depth from 1 to ${maxDepth}, found ${describe(fields.depth)}`;
      return { kind: 'search', actor: fields.actor as string, depth: fields.depth as number, direction: fields.direction as Direction };
    }
    case 'expand':
      return idProblem(fields, 'actor') ?? directionProblem(fields) ?? { kind: 'expand', actor: fields.actor as string, direction: fields.direction as Direction };
    case 'path':
      if (typeof fields.timeRespecting !== 'boolean') return `expected timeRespecting true or false, found ${describe(fields.timeRespecting)}`;
      return idProblem(fields, 'from') ?? idProblem(fields, 'to') ?? { kind: 'path', from: fields.from as string, to: fields.to as string, timeRespecting: fields.timeRespecting };
    case 'relations':
    case 'hide':
    case 'show':
      return idsProblem(fields) ?? { kind: fields.kind, ids: [...(fields.ids as string[])] };
    case 'filter': {
      if (!Array.isArray(fields.types) || !fields.types.every((type) => typeof type === 'string' && TYPE.test(type))) return `expected relation type names, found ${describe(fields.types)}`;
      for (const bound of ['since', 'until'] as const) {
        const value = fields[bound];
        if (typeof value !== 'string' || (value !== '' && !PARTIAL_DATE.test(value))) return `expected ${bound} as YYYY, YYYY-MM or YYYY-MM-DD, found ${describe(value)}`;
      }
      return { kind: 'filter', types: [...(fields.types as string[])], since: fields.since as string, until: fields.until as string };
    }
    case 'layout':
      return LAYOUT_NAMES.includes(fields.name as LayoutName) ? { kind: 'layout', name: fields.name as LayoutName } : `expected a layout (${LAYOUT_NAMES.join(', ')}), found ${describe(fields.name)}`;
    case 'pin': {
      const problem = idProblem(fields, 'actor');
      if (problem) return problem;
      for (const axis of ['x', 'y'] as const) {
        const value = fields[axis];
        if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > MAX_COORDINATE) return `expected ${axis} as a number within ±${MAX_COORDINATE}, found ${describe(value)}`;
      }
      return { kind: 'pin', actor: fields.actor as string, x: fields.x as number, y: fields.y as number };
    }
    case 'unpin':
      return idProblem(fields, 'actor') ?? { kind: 'unpin', actor: fields.actor as string };
    case 'clear':
      return { kind: 'clear' };
    default:
      return `expected a kind of step (search, expand, path, relations, hide, show, filter, layout, pin, unpin, clear), found ${describe(fields.kind)}`;
  }
}

function idProblem(fields: Fields, name: string): string | undefined {
  const value = fields[name];
  return typeof value === 'string' && ID.test(value) ? undefined : `expected ${name} as an id (lower-case letters, digits, - and _), found ${describe(value)}`;
}

function idsProblem(fields: Fields): string | undefined {
  const ids = fields.ids;
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_STEP_IDS) return `expected 1 to ${MAX_STEP_IDS} ids, found ${describe(ids)}`;
  const bad = ids.find((id) => typeof id !== 'string' || !ID.test(id));
  return bad === undefined ? undefined : `expected ids (lower-case letters, digits, - and _), found ${describe(bad)}`;
}

function directionProblem(fields: Fields): string | undefined {
  return DIRECTIONS.includes(fields.direction as Direction) ? undefined : `expected a direction (BOTH, OUT, IN), found ${describe(fields.direction)}`;
}

/** A value as a message shows it: short, and never the whole of a long tampered value. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? JSON.stringify(value) : Array.isArray(value) ? `a list of ${value.length}` : String(JSON.stringify(value) ?? value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
