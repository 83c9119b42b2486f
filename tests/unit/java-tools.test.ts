import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { javaMajorVersion, withoutStackFrames } from '../../src/jvm/java-tools';
import { launcherBuilt, launcherHash } from '../../src/jvm/maven-build';

const ROOT = join(__dirname, '..', '..');

describe('javaMajorVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['no java here', undefined],
  ])('reads %s as %s', (output, major) => {
    expect(javaMajorVersion(output)).toBe(major);
  });
});

describe('withoutStackFrames', () => {
  it("cuts a Java stack trace to its exception and causes", () => {
    const output = [
      'actorgraph-neo4j: starting',
      'Exception in thread "main" java.lang.RuntimeException: Error starting Neo4j database server',
      '\tat org.neo4j.kernel.lifecycle.LifeSupport.start(LifeSupport.java:89)',
      '\tat actorgraph.neo4j.LocalNeo4j.main(LocalNeo4j.java:42)',
      'Caused by: java.net.BindException: Address already in use',
      '\tat java.base/sun.nio.ch.Net.bind0(Native Method)',
      '\t... 12 more',
    ];
    expect(withoutStackFrames(output)).toEqual([
      'actorgraph-neo4j: starting',
      'Exception in thread "main" java.lang.RuntimeException: Error starting Neo4j database server',
      'Caused by: java.net.BindException: Address already in use',
    ]);
  });
});

describe('what a prepared launcher still needs', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
  const folder = (): string => {
    const made = mkdtempSync(join(tmpdir(), 'actorgraph-launcher-'));
    folders.push(made);
    return made;
  };

  it('asks for Maven only while the jars are still to be fetched', () => {
    const onlyJava = folder();
    symlinkSync(execFileSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).trim(), join(onlyJava, 'java'));
    // In a process of its own whose PATH holds Java and no Maven, as in an image built ahead of use (the test's own
    // PATH is not the one its child processes are looked up in).
    const missing = (needsMaven: boolean): unknown =>
      JSON.parse(
        execFileSync(process.execPath, ['-e', `process.stdout.write(JSON.stringify(require(${JSON.stringify(join(ROOT, 'dist', 'src', 'jvm', 'java-tools.js'))}).missingJavaTools('run the local parser', ${needsMaven}) ?? null))`], {
          encoding: 'utf8',
          env: { PATH: onlyJava },
        }),
      );
    expect(missing(false)).toBeNull();
    expect(missing(true)).toBe("Maven is needed to fetch the jars to run the local parser, and no 'mvn' was found");
  });

  it('finds a launcher built when its jar folder carries the hash of its sources, and not after a source changes', () => {
    const launcher = folder();
    const lib = folder();
    mkdirSync(join(launcher, 'src', 'main'), { recursive: true });
    writeFileSync(join(launcher, 'pom.xml'), '<project/>');
    writeFileSync(join(launcher, 'src', 'main', 'Launcher.java'), 'class Launcher {}');
    expect(launcherBuilt(launcher, lib)).toBe(false);
    writeFileSync(join(lib, '.launcher-hash'), launcherHash(launcher));
    expect(launcherBuilt(launcher, lib)).toBe(true);
    writeFileSync(join(launcher, 'src', 'main', 'Launcher.java'), 'class Launcher { int changed; }');
    expect(launcherBuilt(launcher, lib)).toBe(false);
  });
});
