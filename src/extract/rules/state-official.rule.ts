/**
 * `state-official`: a minister, envoy or other official named with no state is PART_OF the state
 * the text plainly means, as a head of state LEADS it ("Defence Minister X said ..." in a text about
 * one country). Only a guess where nothing better is said, so a fallback: dropped when another rule
 * names what the person is part of ("Kenyan Defence Minister X", "a minister in the government").
 */
import { titleStateFamily } from './title-state';

const OFFICIALS = 'minister|envoy|ambassador|negotiator|diplomat|deputy prime minister|vice president|vice-president|deputy president';

export const stateOfficialRule = titleStateFamily('state-official', 'PART_OF', OFFICIALS);
