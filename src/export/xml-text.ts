/**
 * Text made safe for XML 1.0, for the GraphML and GEXF writers. Escaping `&`, `<`, `>` and quotes
 * is not enough: XML 1.0 cannot carry most control characters (U+0000-U+001F other than tab, line
 * feed and carriage return) or unpaired surrogates at all, even as character references, and a
 * parser refuses the whole file if one appears. Documents do contain them (text pasted from PDFs),
 * so each is replaced by U+FFFD, the replacement character. Tab, line feed and carriage return are
 * written as character references, so that attribute-value normalisation and line-end handling
 * give them back unchanged.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** `text` as the content of an element or the value of an attribute (either quote). */
export function xmlText(text: string): string {
  return text.replace(NOT_IN_XML, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (character) => REFERENCES[character]);
}
