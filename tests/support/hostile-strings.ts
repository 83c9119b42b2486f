/** Strings that would do harm if any reached Cypher, Lucene or a log unescaped. */
export const HOSTILE_STRINGS: readonly string[] = [
  "') DETACH DELETE n //",
  "iraq'}) MATCH (n) DETACH DELETE n //",
  '`Actor` {id: "iraq"}) SET a.name = "owned" //',
  '"; CALL db.index.fulltext.drop("actor_names") //',
  '$actorId',
  '{id: $id}',
  'name:* OR *:*',
  '*)) OR ((a',
  '\\',
  "'",
  '"',
  '\u0000\u0001\u001f',
  'Ω≈ç√∫˜µ≤≥÷ 🐍 \u202e evil',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'x'.repeat(20_000),
];
