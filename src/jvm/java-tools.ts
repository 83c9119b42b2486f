/**
 * Whether this machine can build and run the project's Java launchers (the local Neo4j, the
 * local parser): Java 17 or newer on the PATH, and Maven while a launcher's jars are still to be
 * fetched (an image built ahead of use has them, and no Maven). Checked before anything slow
 * starts, so that a missing tool is reported with how to get it, not as a failed build.
 */
import { spawnSync } from 'node:child_process';

export const HOW_TO_GET_JAVA_TOOLS = 'install them (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven)';

/** What is missing to `purpose` ("run the local Neo4j"), in a sentence; undefined when nothing is. Maven only when `needsMaven`. */
export function missingJavaTools(purpose: string, needsMaven = true): string | undefined {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error) return `Java 17 or newer is needed to ${purpose}, and no 'java' was found`;
  const major = javaMajorVersion(`${java.stderr}${java.stdout}`);
  if (major === undefined || major < 17) {
    return `Java 17 or newer is needed to ${purpose}, found ${major === undefined ? 'an unknown version' : `Java ${major}`}`;
  }
  if (!needsMaven) return undefined;
  const maven = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (maven.error) return `Maven is needed to fetch the jars to ${purpose}, and no 'mvn' was found`;
  return undefined;
}

/** `java -version` prints `version "17.0.15"` (or `"1.8.0_392"` for Java 8). */
export function javaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/**
 * Java's output with its stack traces cut to their causes: the exception lines and every
 * `Caused by:` stay, the `at ...` frames and `... 12 more` go (the user needs the cause, say a port
 * in use, not the frames).
 */
export function withoutStackFrames(lines: readonly string[]): string[] {
  return lines.filter((line) => !/^\s+(at \S|\.\.\. \d+ more)/.test(line));
}
