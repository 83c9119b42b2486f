/**
 * `parent-body`: a force or an office named after the organisation it belongs to is part of it:
 * "the UN Support Mission in Libya", "the SADC Mission in Mozambique", "NATO forces", "the African
 * Union's mission". The organisation must be an actor of the text. Councils and agencies are left
 * out: a name before an organisation's name is as often a description of it ("French energy
 * company TotalEnergies", "the West African bloc ECOWAS"), and reading them lost more than it
 * found. A state's bodies are `national-body`'s.
 */
import { bodyPartFamily } from './body-part';

export const parentBodyRule = bodyPartFamily('parent-body', ['compound', 'nmod:poss'], ['ORGANIZATION', 'COALITION']);
