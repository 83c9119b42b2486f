/**
 * Keeps a draft within the annotation format's limits (src/config/annotation-limits.ts), so that
 * every draft loads as it is: a text the rules misread (a chain of names read as one name of
 * thousands of characters, a first sentence too long for an id) must not give a reviewer a draft
 * that saving then refuses. Strings over their limit are dropped with the item they name, never
 * cut (a cut quote would no longer occur in the text, a cut name would be another name), and each
 * drop is said in the warnings. Ids are made within their limit where they are minted (actor-ids.ts).
 */
import { FIELD_CHARS, LIST_ENTRIES } from '../config/annotation-limits';
import { DraftActor, DraftEvidence, DraftRelation, ExtractionResult } from './draft.types';

const fits = (text: string | undefined, limit: number): boolean => text === undefined || text.length <= limit;

function fittingEvidence(evidence: readonly DraftEvidence[]): DraftEvidence[] {
  return evidence.filter((quote) => fits(quote.quote, FIELD_CHARS.quote)).slice(0, LIST_ENTRIES.evidence);
}

function fittingActor(actor: DraftActor): DraftActor {
  return {
    ...actor,
    aliases: actor.aliases.filter((alias) => fits(alias, FIELD_CHARS.alias)).slice(0, LIST_ENTRIES.aliases),
    roles: actor.roles.filter((role) => fits(role, FIELD_CHARS.role)).slice(0, LIST_ENTRIES.roles),
    evidence: fittingEvidence(actor.evidence),
  };
}

function fittingRelation(relation: DraftRelation): DraftRelation {
  const { place, ...rest } = relation;
  return { ...rest, ...(fits(place, FIELD_CHARS.relation.place) ? (place === undefined ? {} : { place }) : {}), evidence: fittingEvidence(relation.evidence) };
}

/** The draft with what breaks the format's limits dropped, and a warning for each actor dropped. */
export function fitDraftToFormat(result: ExtractionResult): ExtractionResult {
  const { annotation } = result;
  const dropped = annotation.actors.filter((actor) => !fits(actor.name, FIELD_CHARS.actor.name) || !fits(actor.description, FIELD_CHARS.actor.description));
  const droppedIds = new Set(dropped.map((actor) => actor.id));
  const warnings = dropped.map((actor) => `a name of ${actor.name.length} characters was read as an actor and left out (names have at most ${FIELD_CHARS.actor.name}), with its relations`);
  const title = annotation.document.title;
  return {
    annotation: {
      document: { ...annotation.document, title: fits(title, FIELD_CHARS.document.title) ? title : title.slice(0, FIELD_CHARS.document.title) },
      actors: annotation.actors.filter((actor) => !droppedIds.has(actor.id)).map(fittingActor),
      relations: annotation.relations
        .filter((relation) => !droppedIds.has(relation.from) && !droppedIds.has(relation.to) && fits(relation.description, FIELD_CHARS.relation.description))
        .map(fittingRelation)
        .filter((relation) => relation.evidence.length > 0),
    },
    mentions: result.mentions.filter((mention) => !droppedIds.has(mention.actorId)),
    warnings: [...result.warnings, ...warnings],
  };
}

/** Bytes of a request's envelope around an annotation (the mutation's text, the variables' names). */
export const REQUEST_ENVELOPE_BYTES = 4_096;

const bytesOf = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

/**
 * The draft within `maxBytes` as JSON, so that saving it as it is (ingestDocument, the review
 * queue) fits in a request's body (MAX_BODY_BYTES): a dense text (a long list of names) drafts far
 * more JSON than it has characters. What goes first is what a reviewer loses least: actors in no
 * relation, last in the text first; then relations from the end of the text, and with each the
 * actors it alone named, while the draft is still too large. The drops are counted in one warning.
 */
export function fitDraftToBytes(result: ExtractionResult, maxBytes: number): ExtractionResult {
  const { annotation } = result;
  const size = bytesOf(annotation);
  if (size <= maxBytes) return result;
  // Each item costs its JSON and a comma: removing it takes that off the whole.
  let over = size - maxBytes + 2; // two brackets closed on an emptied list: no comma saved there
  const relations = [...annotation.relations];
  const actors = [...annotation.actors];
  const named = (): Set<string> => new Set(relations.flatMap((relation) => [relation.from, relation.to]));
  let droppedActors = 0;
  let droppedRelations = 0;
  const dropLooseActors = (): void => {
    const inRelation = named();
    for (let index = actors.length - 1; index >= 0 && over > 0; index -= 1) {
      if (inRelation.has(actors[index].id)) continue;
      over -= bytesOf(actors[index]) + 1;
      actors.splice(index, 1);
      droppedActors += 1;
    }
  };
  dropLooseActors();
  while (over > 0 && relations.length > 0) {
    over -= bytesOf(relations.pop()) + 1;
    droppedRelations += 1;
    dropLooseActors();
  }
  const kept = new Set(actors.map((actor) => actor.id));
  const warning =
    `the draft was ${size} bytes as JSON, more than a request may carry (${maxBytes}: MAX_BODY_BYTES less the request's envelope); ` +
    `${droppedActors} actor(s) in no relation and ${droppedRelations} relation(s) from the end of the text were left out` +
    (over > 0 ? '; the text alone is too large to save in one request: raise MAX_BODY_BYTES, or load the draft from a file' : '');
  return {
    annotation: { ...annotation, actors, relations },
    mentions: result.mentions.filter((mention) => kept.has(mention.actorId)),
    warnings: [...result.warnings, warning],
  };
}
