/**
 * `pattern`: what no single word of the vocabulary says, spelt out as a dependency pattern beside
 * its relation type ("X called for the withdrawal of Y", "X sent troops to Y").
 */
import { RuleFamily } from './rule-family';

export const patternRule: RuleFamily = {
  name: 'pattern',
  confidence: 0.65,
  datesEvent: true,
  patterns: (_type, { signals }) => signals.patterns ?? [],
};
