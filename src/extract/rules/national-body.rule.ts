/**
 * `national-body`: a state's forces and government are part of the state their name gives:
 * "Kenyan security forces", "Sudan's army", "the Armed Forces of the Philippines". A group named
 * "for the liberation of" a state is not one of its bodies: the state must hang from the body's own
 * head word. A government's seat ("the junta in Bamako") is `government-seat`'s guess.
 */
import { bodyPartFamily } from './body-part';

export const nationalBodyRule = bodyPartFamily(
  'national-body',
  // "Ghanaian army chief X", "Ghana's army chief": the parser hangs the state on the title the body's name modifies.
  ['amod', 'compound', 'nmod:poss', 'nmod:of', '<compound amod', '<compound nmod:poss'],
  ['STATE'],
);
