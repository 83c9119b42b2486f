/**
 * `head-of-state`: a head of state or government leads the state the text plainly means even
 * when the phrase does not name it ("Prime Minister X said ..." in a text about one country): the
 * state the text names most. Only a guess where nothing better is said, so a fallback: dropped when
 * another rule names what the person leads ("Kenyan President X").
 */
import { titleStateFamily } from './title-state';

/** The titles of a head of state or of government. */
export const HEADS = 'president|prime minister|premier|king|emir|chancellor|head of state|head of government';

export const headOfStateRule = titleStateFamily('head-of-state', 'LEADS', HEADS);
