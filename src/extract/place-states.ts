/**
 * The state a text puts each of its places in, from the text's own words: "Mozambique's northern
 * Cabo Delgado province", "the Ethiopian region of Tigray", "the Kursk region of Russia", "Goma, in
 * eastern Congo", "the town of Macomia in Cabo Delgado". A place the text so places once is placed
 * wherever the text names it again. Relations whose target is a territory read a place as its
 * state ("Tanzania has kept troops in Cabo Delgado": Tanzania is present in Mozambique); no list of
 * the world's regions is consulted, so a place the text never places stands for nothing.
 */
import { ActorFindings } from './actor-mentions';
import { ParsedDocument } from './parsed-document';
import { headOf } from './relation-finder';

/** Nouns for a part of a country that a place's name is given with ("Cabo Delgado province"). */
const REGION_NOUNS = new Set(['province', 'region', 'district', 'state', 'governorate', 'oblast', 'county', 'department', 'prefecture', 'territory', 'area', 'city', 'town', 'village', 'enclave', 'zone', 'municipality']);
/** Edges by which a place or its region noun names where it lies. */
const LOCATING = new Set(['nmod:poss', 'amod', 'compound', 'nmod:of', 'nmod:in', 'appos']);
/** "the town of Macomia in X": placed through a place placed before, so a few rounds. */
const ROUNDS = 3;

/** The state each word of a place (and of the region noun it is named with) lies in, where the text says. */
export function placeStates(doc: ParsedDocument, findings: ActorFindings): Map<number, string> {
  const stateAt = new Map<number, string>();
  for (const mention of [...findings.mentions, ...findings.nested]) {
    if (findings.actors.get(mention.actorId)?.kind !== 'STATE') continue;
    for (let index = mention.firstToken; index < mention.endToken; index += 1) stateAt.set(index, mention.actorId);
  }
  const placeAt = new Map<number, number>();
  for (const [first, place] of findings.places) for (let index = first; index < place.endToken; index += 1) placeAt.set(index, first);
  const byName = new Map<string, Set<string>>();
  for (let round = 0; round < ROUNDS; round += 1) {
    const placed = (index: number): string | undefined => {
      const place = placeAt.get(index);
      return stateAt.get(index) ?? (place === undefined ? undefined : single(byName.get(findings.places.get(place)!.name)));
    };
    for (const [first, place] of findings.places) {
      for (const state of locators(doc, first, place.endToken).map(placed)) {
        if (state === undefined) continue;
        const states = byName.get(place.name) ?? new Set<string>();
        byName.set(place.name, states.add(state));
      }
    }
  }
  // Each word of a placed place, and the region noun it is named with ("Somalia's Gedo region").
  const result = new Map<number, string>();
  for (const [first, place] of findings.places) {
    const state = single(byName.get(place.name));
    if (state === undefined) continue;
    for (const index of [...regionNouns(doc, first, place.endToken), ...Array.from({ length: place.endToken - first }, (_, k) => first + k)]) result.set(index, state);
  }
  // "the province", alone, is the province named last: "in Cabo Delgado province ... in the province".
  const lastByNoun = new Map<string, string>();
  doc.tokens.forEach((token, index) => {
    const noun = token.lemma.toLowerCase();
    if (!REGION_NOUNS.has(noun)) return;
    const state = result.get(index);
    if (state !== undefined) lastByNoun.set(noun, state);
    else if (isBareDefinite(doc, index) && lastByNoun.has(noun)) result.set(index, lastByNoun.get(noun)!);
  });
  return result;
}

/** "the province": a region noun with only its article. */
function isBareDefinite(doc: ParsedDocument, index: number): boolean {
  const dependents = doc.dependents[index].filter((edge) => !/^(?:case|punct)$/.test(edge.dep));
  return dependents.length === 1 && dependents[0].dep === 'det' && doc.tokens[dependents[0].token].lemma.toLowerCase() === 'the';
}

/** The one state a place is put in; none where the text puts it in two. */
function single(states: ReadonlySet<string> | undefined): string | undefined {
  return states?.size === 1 ? [...states][0] : undefined;
}

/** The region noun a place is named with: "Cabo Delgado province", "the region of Tigray", "Tigray, a region of Ethiopia". */
function regionNouns(doc: ParsedDocument, first: number, end: number): number[] {
  const head = headOf(doc, { firstToken: first, endToken: end });
  const isRegion = (index: number): boolean => REGION_NOUNS.has(doc.tokens[index].lemma.toLowerCase());
  return [
    ...doc.governors[head].filter((edge) => /^(?:compound|amod|nmod:of|appos)$/.test(edge.dep) && isRegion(edge.token)).map((edge) => edge.token),
    ...doc.dependents[head].filter((edge) => edge.dep === 'appos' && isRegion(edge.token)).map((edge) => edge.token),
  ];
}

/** The words that say where the place lies: those hung from its head word, or from the region noun it is named with. */
function locators(doc: ParsedDocument, first: number, end: number): number[] {
  const holders = [headOf(doc, { firstToken: first, endToken: end }), ...regionNouns(doc, first, end)];
  const words: number[] = [];
  for (const holder of holders) {
    for (const edge of doc.dependents[holder]) if (LOCATING.has(edge.dep) && (edge.token < first || edge.token >= end)) words.push(edge.token);
  }
  return words;
}
