/**
 * The actor panel's "Possible duplicates": actors likely to be the one shown (`possibleDuplicates`),
 * each with its score and reasons, and a button that merges it into the one shown. Merging is a
 * write: the button works for a browser that holds the service's key (the link `npm start` prints
 * stores it, see review-key.ts) and says so otherwise.
 */
import { DuplicatePair, possibleDuplicates } from './graphql-client';
import { describeError } from './page';
import { hasKey } from './review-key';

/** What a merge button does: merge `merge` (named `mergedName`) into `keep`. */
export type MergeAction = (keep: string, merge: string, mergedName: string) => void;

const NO_KEY = 'Merging needs the service\'s key: open the review link that "npm start" prints, or enter the key on the review page.';

function candidate(actorId: string, pair: DuplicatePair, merge: MergeAction): HTMLLIElement {
  const other = pair.actorIds[0] === actorId ? 1 : 0;
  const [otherId, otherName] = [pair.actorIds[other], pair.names[other]];
  const item = document.createElement('li');
  item.dataset.duplicate = otherId;
  const name = document.createElement('strong');
  name.textContent = otherName;
  const why = document.createElement('span');
  why.textContent = ` (${pair.score.toFixed(2)}): ${pair.reasons.join('; ')} `;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary';
  button.dataset.action = 'merge';
  button.textContent = 'Merge into this actor';
  if (hasKey()) {
    button.title = `${otherName} becomes part of this actor: its relations, quotes and names move here (splitActor undoes it)`;
    button.addEventListener('click', () => merge(actorId, otherId, otherName));
  } else {
    button.disabled = true;
    button.title = NO_KEY;
  }
  item.append(name, why, button);
  return item;
}

/** The section for the actor, or null when no other actor is likely to be it. */
export async function duplicatesSection(actorId: string, first: number, merge: MergeAction): Promise<HTMLElement | null> {
  const section = document.createElement('section');
  section.className = 'duplicates';
  const heading = document.createElement('h3');
  let pairs: DuplicatePair[];
  try {
    pairs = await possibleDuplicates(actorId, first);
  } catch (error) {
    heading.textContent = 'Possible duplicates';
    const problem = document.createElement('p');
    problem.textContent = `Could not look for duplicates: ${describeError(error)}`;
    section.append(heading, problem);
    return section;
  }
  if (pairs.length === 0) return null;
  heading.textContent = `Possible duplicates (${pairs.length})`;
  const list = document.createElement('ul');
  list.append(...pairs.map((pair) => candidate(actorId, pair, merge)));
  section.append(heading, list);
  if (!hasKey()) {
    const note = document.createElement('p');
    note.className = 'note';
    note.textContent = NO_KEY;
    section.append(note);
  }
  return section;
}
