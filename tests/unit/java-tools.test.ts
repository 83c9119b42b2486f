import { javaMajorVersion, withoutStackFrames } from '../../src/jvm/java-tools';

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
