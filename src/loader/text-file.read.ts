/**
 * Reads the text file an annotation names in `textFile`, refusing anything but a UTF-8 text file
 * inside the annotation's own folder.
 *
 * The folder is the boundary: an annotation is often written by someone other than the person
 * who loads it, and whatever it reads is stored and served to every client by `document(id)`. So
 * a path is resolved against the folder, links are followed (realpath) and the file they lead
 * to must still be inside the folder (itself resolved, so a folder reached through a link works);
 * an absolute path is refused outright. The size is checked before reading, so a huge file (or
 * /dev/zero through a link) is never read into memory.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { decodeUtf8, hexByte } from './utf8.decode';

export type TextFileReading = { readonly text: string } | { readonly problem: string };

/**
 * `maxChars` counts UTF-16 code units, as string lengths do. A UTF-8 file has at least one byte
 * per code unit and at most three, so a file of more than 3 × `maxChars` bytes is too long unread.
 */
export function readTextFile(folder: string, textFile: string, maxChars: number): TextFileReading {
  const root = realpathSync(folder);
  const inside = `expected a file inside ${root}`;
  if (isAbsolute(textFile)) return { problem: `${inside}, found the absolute path '${textFile}'` };
  try {
    return readInside(root, textFile, maxChars);
  } catch (error) {
    return { problem: `expected a readable text file, found ${(error as NodeJS.ErrnoException).code ?? 'an error'} for '${textFile}'` };
  }
}

function readInside(root: string, textFile: string, maxChars: number): TextFileReading {
  const file = realpathSync(resolve(root, textFile));
  const path = relative(root, file);
  if (path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return { problem: `expected a file inside ${root}, found '${textFile}', which resolves to ${file}` };
  const stat = statSync(file);
  if (!stat.isFile()) return { problem: `expected a regular file, found ${stat.isDirectory() ? 'a folder' : 'a special file'} at '${textFile}'` };
  const tooLong = `expected at most ${maxChars} characters (MAX_DOCUMENT_CHARS)`;
  if (stat.size > 3 * maxChars) return { problem: `${tooLong}, found a file of ${stat.size} bytes at '${textFile}'` };
  const bytes = readFileSync(file);
  const decoded = decodeUtf8(bytes);
  if (!('text' in decoded)) {
    return { problem: `expected a UTF-8 text file, found byte ${hexByte(decoded.byte)} at byte offset ${decoded.invalidAt} of '${textFile}', which is not valid UTF-8` };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { problem: `expected a text file, found a NUL byte at byte offset ${nul} of '${textFile}' (binary content)` };
  if (decoded.text.length > maxChars) return { problem: `${tooLong}, found ${decoded.text.length} in '${textFile}'` };
  return { text: decoded.text };
}
