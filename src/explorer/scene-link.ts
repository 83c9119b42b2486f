/**
 * A scene as a link, and as a file. The link holds the steps (not what they fetched) in a short
 * text that a person can still read, after `#scene=` so that it never reaches the server's logs
 * or its limit on a request line:
 *
 *   #scene=1~5~s.qassem-soleimani.1.b~e.united-states.b~e.iraq.b~p.qassem-soleimani.mohammed-shia-al-sudani~h.iran~4f0c2a91
 *
 * `1` is the format, `5` the number of steps, then one step per `~` and last a check of all
 * before it (which a link written by hand may leave out). The count and the check let a link that was cut short or changed say so: it opens
 * the steps it can read and names the ones it dropped. A long scene (hundreds of hidden actors)
 * still fits a link, since browsers keep long fragments; a file of the same steps, in JSON, is
 * the other way to keep and share one.
 *
 * Links from before scenes (`?actor=...&depth=...&to=...`) open as the steps they meant.
 */
import { checkStep, countOf, Direction, DIRECTIONS, LayoutName, Step } from './scene-steps';

const FORMAT = '1';
const FILE_FORMAT = 'actorgraph-scene';
/** Most steps a link or a file may hold; beyond, the rest is dropped as tampered. */
export const MAX_SCENE_STEPS = 2_000;
const DIRECTION_CODES: Record<Direction, string> = { BOTH: 'b', OUT: 'o', IN: 'i' };

/** What a link or a file held: the steps that could be read, and a sentence per thing dropped. */
export interface OpenedScene {
  readonly steps: Step[];
  readonly problems: string[];
}

/** Only what still shows goes into a link: the steps after the last `clear`. */
export function liveSteps(steps: readonly Step[]): Step[] {
  const lastClear = steps.map((step) => step.kind).lastIndexOf('clear');
  return steps.slice(lastClear + 1);
}

function encodeStep(step: Step): string {
  switch (step.kind) {
    case 'search':
      return `s.${step.actor}.${step.depth}.${DIRECTION_CODES[step.direction]}`;
    case 'expand':
      return `e.${step.actor}.${DIRECTION_CODES[step.direction]}`;
    case 'path':
      return `p.${step.from}.${step.to}${step.timeRespecting ? '.t' : ''}`;
    case 'relations':
      return `r.${step.ids.join(',')}`;
    case 'hide':
      return `h.${step.ids.join(',')}`;
    case 'show':
      return `v.${step.ids.join(',')}`;
    case 'filter':
      return `f.${step.types.join(',')}.${step.since}.${step.until}`;
    case 'layout':
      return `l.${step.name}`;
    case 'pin':
      return `n.${step.actor}.${Math.round(step.x)}.${Math.round(step.y)}`;
    case 'unpin':
      return `u.${step.actor}`;
    case 'clear':
      return 'c';
  }
}

/** The fields of a step as written in a link, for `checkStep` to judge. */
function decodeStep(token: string): unknown {
  const [code, ...parts] = token.split('.');
  const direction = (letter: string | undefined): Direction | string | undefined => DIRECTIONS.find((candidate) => DIRECTION_CODES[candidate] === letter) ?? letter;
  const list = (text: string | undefined): string[] | undefined => (text === undefined ? undefined : text === '' ? [] : text.split(','));
  const number = (text: string | undefined): number | string | undefined => (text !== undefined && /^-?\d+$/.test(text) ? Number(text) : text);
  switch (code) {
    case 's':
      return parts.length === 3 ? { kind: 'search', actor: parts[0], depth: number(parts[1]), direction: direction(parts[2]) } : { kind: 'search' };
    case 'e':
      return parts.length === 2 ? { kind: 'expand', actor: parts[0], direction: direction(parts[1]) } : { kind: 'expand' };
    case 'p':
      return parts.length === 2 || (parts.length === 3 && parts[2] === 't') ? { kind: 'path', from: parts[0], to: parts[1], timeRespecting: parts.length === 3 } : { kind: 'path' };
    case 'r':
    case 'h':
    case 'v':
      return { kind: { r: 'relations', h: 'hide', v: 'show' }[code], ids: parts.length === 1 ? list(parts[0]) : undefined };
    case 'f':
      return parts.length === 3 ? { kind: 'filter', types: list(parts[0]), since: parts[1], until: parts[2] } : { kind: 'filter' };
    case 'l':
      return { kind: 'layout', name: parts.length === 1 ? (parts[0] as LayoutName) : undefined };
    case 'n':
      return parts.length === 3 ? { kind: 'pin', actor: parts[0], x: number(parts[1]), y: number(parts[2]) } : { kind: 'pin' };
    case 'u':
      return parts.length === 1 ? { kind: 'unpin', actor: parts[0] } : { kind: 'unpin' };
    case 'c':
      return parts.length === 0 ? { kind: 'clear' } : { kind: 'clear?' };
    default:
      return { kind: token };
  }
}

/** FNV-1a over the text, as 8 hex digits: enough to notice a cut or an edit, not a signature. */
export function checkOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The link text of a scene (what follows `#scene=`). */
export function encodeScene(steps: readonly Step[]): string {
  const live = liveSteps(steps);
  const body = `${FORMAT}~${live.length}~${live.map((step) => `${encodeStep(step)}~`).join('')}`;
  return `${body}${checkOf(body)}`;
}

/**
 * The steps a link's text holds. Whatever cannot be read is dropped with a sentence saying what
 * and why; a link that was cut short keeps its complete steps, and one whose check fails (cut
 * inside the check, or edited) keeps every step that is still well formed.
 */
export function decodeScene(text: string, maxDepth: number): OpenedScene {
  const problems: string[] = [];
  const tokens = text.split('~');
  if (tokens[0] !== FORMAT) {
    return { steps: [], problems: [`The link's scene is not in a form this explorer reads (it starts "${text.slice(0, 12)}"); nothing of it was opened.`] };
  }
  const declared = /^\d{1,6}$/.test(tokens[1] ?? '') ? Number(tokens[1]) : null;
  const body = tokens.slice(2);
  let stepTokens: string[];
  if (declared !== null && body.length === declared + 1) {
    stepTokens = body.slice(0, declared);
    const expected = checkOf(`${tokens.slice(0, 2 + declared).join('~')}~`);
    // A link written by hand may leave the check out: every step it announced arrived whole.
    if (body[declared] !== expected && body[declared] !== '') problems.push('The link was changed or cut after it was made (its check does not match): its steps may not be the ones shared.');
  } else if (declared !== null && body.length <= declared) {
    // Every token but the last was followed by a separator, so it arrived whole; the last did
    // not, and may be a step cut in the middle (an id cut short can name another actor).
    const whole = body.slice(0, -1);
    const cut = body[body.length - 1];
    stepTokens = whole;
    problems.push(
      `The link was cut short: it held ${countOf(declared, 'step')} and ${whole.length} arrived whole` +
        (cut ? `; the cut step ("${cut.slice(0, 40)}") was left out.` : '.'),
    );
  } else {
    stepTokens = body.slice(0, -1);
    problems.push(`The link was changed after it was made (${declared === null ? 'its step count is unreadable' : `it says ${countOf(declared, 'step')} and holds ${body.length - 1}`}): every step still well formed was opened.`);
  }
  return collectSteps(stepTokens.map(decodeStep), maxDepth, problems);
}

function collectSteps(raws: readonly unknown[], maxDepth: number, problems: string[]): OpenedScene {
  const steps: Step[] = [];
  raws.forEach((raw, index) => {
    if (index >= MAX_SCENE_STEPS) return;
    const step = checkStep(withinDepth(raw, maxDepth, index, problems), maxDepth);
    if (typeof step === 'string') problems.push(`Step ${index + 1} was dropped: ${step}.`);
    else steps.push(step);
  });
  if (raws.length > MAX_SCENE_STEPS) problems.push(`Only the first ${MAX_SCENE_STEPS} steps were opened; ${raws.length - MAX_SCENE_STEPS} more were dropped.`);
  return { steps, problems };
}

/**
 * A search deeper than this service allows (a link made where the limit was higher) is opened at
 * the deepest depth allowed, and says so, rather than dropped.
 */
function withinDepth(raw: unknown, maxDepth: number, index: number, problems: string[]): unknown {
  const fields = raw as { kind?: unknown; depth?: unknown } | null;
  if (fields?.kind !== 'search' || !Number.isInteger(fields.depth) || (fields.depth as number) <= maxDepth) return raw;
  problems.push(`Step ${index + 1} searched to depth ${fields.depth as number}, deeper than this service allows; it was opened at depth ${maxDepth}.`);
  return { ...fields, depth: maxDepth };
}

/** The scene as a file: readable JSON, one object per step. */
export function sceneFile(steps: readonly Step[]): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: 1, steps: liveSteps(steps) }, null, 2)}\n`;
}

/** The steps of a scene file, checked as a link's are. */
export function readSceneFile(text: string, maxDepth: number): OpenedScene {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { steps: [], problems: [`The file is not JSON (${(error as Error).message}); nothing was opened.`] };
  }
  const file = parsed as { format?: unknown; version?: unknown; steps?: unknown };
  if (typeof parsed !== 'object' || parsed === null || file.format !== FILE_FORMAT || file.version !== 1 || !Array.isArray(file.steps)) {
    return { steps: [], problems: [`The file is not a scene: expected {"format": "${FILE_FORMAT}", "version": 1, "steps": [...]}; nothing was opened.`] };
  }
  return collectSteps(file.steps, maxDepth, []);
}

/**
 * The steps an old link (`?actor=...`) meant: its filter, the search, and its path. Values it
 * cannot use are dropped as a scene link's are.
 */
export function stepsFromQuery(search: string, maxDepth: number): OpenedScene {
  const params = new URLSearchParams(search);
  const actor = params.get('actor');
  if (!actor) return { steps: [], problems: [] };
  const raws: unknown[] = [];
  const types = (params.get('types') ?? '').split(',').filter(Boolean);
  if (types.length > 0 || params.get('since') || params.get('until')) {
    raws.push({ kind: 'filter', types, since: params.get('since') ?? '', until: params.get('until') ?? '' });
  }
  raws.push({ kind: 'search', actor, depth: Number(params.get('depth') ?? 1), direction: params.get('direction') ?? 'BOTH' });
  const to = params.get('to');
  if (to) raws.push({ kind: 'path', from: actor, to, timeRespecting: params.get('timeRespecting') === 'true' });
  return collectSteps(raws, maxDepth, []);
}
