/**
 * Ids for new actors in every script: transliterated, distinct within a draft, and apart from the
 * ids the graph already holds.
 */
import { newActorId, slugOf } from '../../src/extract/actor-ids';
import { draft } from '../support/extract-drafts';

describe('actor ids', () => {
  it('transliterates Arabic, Cyrillic and Turkish names into readable slugs', () => {
    expect(slugOf('قاسم سليماني')).toBe('qsm-slymny');
    expect(slugOf('كتائب حزب الله')).toBe('kty-b-hzb-llh');
    expect(slugOf('Сергей Лавров')).toBe('sergey-lavrov');
    expect(slugOf('Абу Махди аль-Мухандис')).toBe('abu-mahdi-al-muhandis');
    expect(slugOf('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
    expect(slugOf('İbrahim Kalın')).toBe('ibrahim-kalin');
    expect(slugOf('Şırnak')).toBe('sirnak');
    expect(slugOf("Kata'ib Hezbollah's")).toBe('kata-ib-hezbollah');
    expect(slugOf('★ ☆')).toBe('actor');
  });

  it('gives the names of one text distinct ids, each of them readable', () => {
    const names = ['مقتدى الصدر', 'قاسم سليماني', 'Владимир Путин', 'Сергей Лавров', 'Recep Tayyip Erdoğan', 'İbrahim Kalın', 'Ibrahim Kalin', '☆'];
    const ids = new Set<string>();
    for (const name of names) ids.add(newActorId(name, (id) => ids.has(id)));
    expect([...ids]).toEqual(['mqtd-lsdr', 'qsm-slymny', 'vladimir-putin', 'sergey-lavrov', 'recep-tayyip-erdogan', 'ibrahim-kalin', 'ibrahim-kalin-2', 'actor']);
  });

  it('drafts Arabic, Cyrillic and Turkish names in one text with distinct readable ids, none the id of an actor the graph holds', async () => {
    const text =
      'Turkish Foreign Minister Hakan Fidan met Russian President Владимир Путин in Ankara on Monday. ' +
      'The Iraqi cleric مقتدى الصدر condemned the United States. Fidan later met Сергей Лавров and Recep Tayyip Erdoğan.';
    // The graph holds another actor under the id the Cyrillic name transliterates to.
    const known = [{ id: 'vladimir-putin', name: 'Vladimir Vladimirovich Putin', kind: 'PERSON' as const, aliases: [] }];
    const { annotation, mentions } = await draft(text, { knownActors: known });
    const proposed = annotation.actors.filter((actor) => actor.review === 'proposed');
    const ids = proposed.map((actor) => actor.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids).not.toContain('actor');
    const byName = new Map(proposed.map((actor) => [actor.name, actor.id]));
    expect(byName.get('Владимир Путин')).toBe('vladimir-putin-2');
    expect(byName.get('Сергей Лавров')).toBe('sergey-lavrov');
    expect(byName.get('Hakan Fidan')).toBe('hakan-fidan');
    // Relations and mentions follow the renamed id.
    expect(annotation.relations.some((relation) => relation.from === 'vladimir-putin-2' || relation.to === 'vladimir-putin-2')).toBe(true);
    expect(mentions.filter((mention) => mention.text === 'Владимир Путин').map((mention) => mention.actorId)).toEqual(['vladimir-putin-2']);
    expect(ids).not.toContain('vladimir-putin');
  });
});
