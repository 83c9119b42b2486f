/** The one check that text is well-formed Unicode, as the loader and drafting both make it, with the same words. */
import { checkText } from '../../src/extract/text-input';
import { malformedUnicode } from '../../src/graph/well-formed-text';

describe('well-formed text', () => {
  it('names the first lone surrogate and where it stands, and passes pairs', () => {
    expect(malformedUnicode('Tikrit \u{1F600} and \u00e9')).toBeNull();
    expect(malformedUnicode('ab\udc00 cd\ud800')).toBe('expected well-formed Unicode, found a lone surrogate (U+DC00) at character 2');
    expect(malformedUnicode('\ud800')).toBe('expected well-formed Unicode, found a lone surrogate (U+D800) at character 0');
  });

  it('refuses a text to draft with a lone surrogate, naming its source', () => {
    expect(() => checkText('Iraq \ud800 talks.', 1_000)).toThrow('text: expected well-formed Unicode, found a lone surrogate (U+D800) at character 5');
    expect(checkText('Iraq \u{1F600} talks.', 1_000)).toBe('Iraq \u{1F600} talks.');
  });
});
