/**
 * Each trigger of the vocabulary's signals (src/graph/vocabulary.ts) on a sentence of its own,
 * written for this test: the exact relations it drafts, in the right direction. A trigger added to
 * a relation type gets its row here.
 */
import { draft, draftAlone, relations } from '../support/extract-drafts';

/** [trigger, sentence, the relations drafted from the text alone]. */
const FROM_TEXT: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['NEGOTIATES_WITH noun "truce ... between"', 'A truce between Chad and Niger took effect on Monday.', ['NEGOTIATES_WITH chad -> niger']],
  ['NEGOTIATES_WITH noun "ceasefire"', 'The ceasefire between Ghana and Togo held through the weekend.', ['NEGOTIATES_WITH ghana -> togo']],
  ['NEGOTIATES_WITH pattern "mediate between"', 'Norway has mediated between Peru and Chile since March.', ['NEGOTIATES_WITH peru -> chile']],
  ['NEGOTIATES_WITH pattern "sign ... with"', 'Kenya signed a trade agreement with Uganda on Friday.', ['NEGOTIATES_WITH kenya -> uganda']],
  ['COOPERATES_WITH role "ally of"', 'Bhutan, a close ally of India, stayed silent.', ['COOPERATES_WITH bhutan -> india']],
  ['COOPERATES_WITH role "partner of" after a copula', 'Ghana is a trusted partner of Togo.', ['COOPERATES_WITH ghana -> togo']],
  ['FIGHTS pattern "take up arms against"', 'The Sahra Movement took up arms against the government of Chad in 2019.', ['FIGHTS sahra-movement -> government-of-chad', 'PART_OF government-of-chad -> chad']],
  ['OPPOSES pattern "designate ... terrorist"', 'Canada designated the Sahra Movement a terrorist organisation.', ['OPPOSES canada -> sahra-movement']],
  ['PRESSURES noun "sanctions on", its doer after "by"', 'New sanctions on Niger were imposed by Canada.', ['PRESSURES canada -> niger']],
  ['PRESSURES noun "ultimatum to"', "Chad's ultimatum to the Sahra Movement expired.", ['PRESSURES chad -> sahra-movement']],
  ['PRESSURES pattern "under X sanctions"', 'The Sahra Movement has been under Canadian sanctions since 2019.', ['PRESSURES canada -> sahra-movement']],
  ['PART_OF pattern "form" a coalition', 'Chad, Niger and Mali formed the Sahel Defence Alliance in 2021.', ['PART_OF chad -> sahel-defence-alliance', 'PART_OF mali -> sahel-defence-alliance', 'PART_OF niger -> sahel-defence-alliance']],
  ['PART_OF pattern "contingents from"', 'The Gulf Patrol Force, with contingents from Ghana and Togo, guards the coast.', ['PART_OF ghana -> gulf-patrol-force', 'PART_OF togo -> gulf-patrol-force']],
  ['PART_OF role "ambassador"', "Kenya's ambassador, Ruth Wanjiru, met the press.", ['PART_OF ruth-wanjiru -> kenya']],
  ['AFFILIATED_WITH pattern "loyal to"', 'The Sahra Movement, a militia loyal to the Dune Front, blocked the road.', ['AFFILIATED_WITH sahra-movement -> dune-front']],
  ['AFFILIATED_WITH pattern "pledge allegiance to"', 'The Sahra Movement pledged allegiance to the Dune Front in May.', ['AFFILIATED_WITH sahra-movement -> dune-front']],
  ['AFFILIATED_WITH role "proxy"', 'The Sahra Movement, an Iranian proxy, denied the report.', ['AFFILIATED_WITH sahra-movement -> iran']],
  ['AFFILIATED_WITH role "offshoot of"', 'The Sahra Movement, an offshoot of the Dune Front, denied the report.', ['AFFILIATED_WITH sahra-movement -> dune-front']],
  ['SPOKESPERSON_FOR verb "represent"', 'The Sahra Council represents the Dune Front at the talks.', ['SPOKESPERSON_FOR sahra-council -> dune-front']],
  ['SUPPORTS noun "solidarity with"', 'Chad voiced solidarity with the Sahra Movement.', ['SUPPORTS chad -> sahra-movement']],
  ['PRESENT_IN pattern "send troops to"', 'Chad sent troops to Niger in January.', ['PRESENT_IN chad -> niger']],
  ['PRESENT_IN pattern "keep soldiers in"', 'France keeps about 600 soldiers in Gabon.', ['PRESENT_IN france -> gabon']],
];

/** [trigger, sentence, the relations drafted with the Atlas Brigade and the Coastal Guard in the graph]. */
const WITH_GRAPH: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['COOPERATES_WITH pattern "alongside"', 'The Atlas Brigade fought alongside the Coastal Guard near the border.', ['COOPERATES_WITH atlas-brigade -> coastal-guard']],
  ['COOPERATES_WITH pattern "on the side of"', 'Chad fought on the side of the Coastal Guard.', ['COOPERATES_WITH chad -> coastal-guard']],
  ['ATTACKS pattern "carry out ... against"', 'Turkey has also carried out airstrikes against the Atlas Brigade.', ['ATTACKS turkey -> atlas-brigade']],
  ['OPPOSES verb "accuse"', 'Kenya accused the Atlas Brigade of smuggling.', ['OPPOSES kenya -> atlas-brigade']],
  ['PRESSURES verb "threaten"', 'Ghana threatened the Atlas Brigade with sanctions.', ['PRESSURES ghana -> atlas-brigade']],
  ['PRESSURES verb "sanction"', 'Canada sanctioned the Coastal Guard last year.', ['PRESSURES canada -> coastal-guard']],
  ['PART_OF pattern "make up"', 'Kenyan officers make up most of the Coastal Guard.', ['PART_OF kenya -> coastal-guard']],
  ['PART_OF role "negotiator"', 'Atlas Brigade negotiator Karim Osei arrived on Monday.', ['PART_OF karim-osei -> atlas-brigade']],
  ['DEMANDS_WITHDRAWAL_OF pattern "demand X\'s withdrawal"', "Ghana demanded the Coastal Guard's withdrawal from the islands.", ['DEMANDS_WITHDRAWAL_OF ghana -> coastal-guard']],
  ['DEMANDS_WITHDRAWAL_OF pattern "urge X to pull out"', 'Togo urged the Atlas Brigade to pull out of the port.', ['DEMANDS_WITHDRAWAL_OF togo -> atlas-brigade']],
  ['PRESENT_IN pattern "operate in"', 'Atlas Brigade units still operate in Niger.', ['PRESENT_IN atlas-brigade -> niger']],
];

describe('the triggers of the vocabulary, each on a sentence of its own', () => {
  it.each(FROM_TEXT)('%s: %s', (_trigger, sentence, expected) => {
    expect(relations(draftAlone(sentence).annotation)).toEqual(expected);
  });

  it.each(WITH_GRAPH)('%s: %s', (_trigger, sentence, expected) => {
    expect(relations(draft(sentence).annotation)).toEqual(expected);
  });
});
