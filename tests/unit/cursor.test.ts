/** Cursors of ordered lists: they carry their order and a key of that order's kinds, or are refused. */
import { GraphQLError } from 'graphql';
import { RELATION_ORDERS } from '../../src/graph/relation.repository';
import { decodeCursor, decodeOrderedCursor, encodeCursor, orderedCursor } from '../../src/graphql/cursor';

function refusal(decode: () => unknown): { code: unknown; message: string } {
  try {
    decode();
  } catch (error) {
    if (error instanceof GraphQLError) return { code: error.extensions.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('ordered cursors', () => {
  it('give back the key they were made from, numbers as numbers', () => {
    expect(decodeOrderedCursor(orderedCursor('EVIDENCE_COUNT', [3, 'attacks-1']), 'EVIDENCE_COUNT', RELATION_ORDERS.EVIDENCE_COUNT)).toEqual([3, 'attacks-1']);
    expect(decodeOrderedCursor(orderedCursor('TIME', ['', '2018-12-31', 'attacks-2']), 'TIME', RELATION_ORDERS.TIME)).toEqual(['', '2018-12-31', 'attacks-2']);
    expect(decodeOrderedCursor(null, 'ID', RELATION_ORDERS.ID)).toBeNull();
  });

  it('refuse a cursor of another order, naming both', () => {
    expect(refusal(() => decodeOrderedCursor(orderedCursor('TIME', ['', '', 'a']), 'ID', RELATION_ORDERS.ID))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'after: expected a cursor of this list in ID order, found one of TIME order (a cursor continues the order it came from)',
    });
  });

  it('refuse a key of the wrong size or kinds, and what is no cursor at all', () => {
    const notOfThisList = "after: expected a cursor returned by this list, found '";
    for (const cursor of [orderedCursor('EVIDENCE_COUNT', ['3', 'attacks-1']), orderedCursor('EVIDENCE_COUNT', [3]), encodeCursor(['attacks-1']), 'not base64 json']) {
      expect(refusal(() => decodeOrderedCursor(cursor, 'EVIDENCE_COUNT', RELATION_ORDERS.EVIDENCE_COUNT))).toEqual({ code: 'BAD_USER_INPUT', message: `${notOfThisList}${cursor}'` });
    }
    expect(refusal(() => decodeOrderedCursor(orderedCursor('TIME', ['', '', 4]), 'TIME', RELATION_ORDERS.TIME)).code).toBe('BAD_USER_INPUT');
  });

  it('leave the plain cursors of lists with one order as they were', () => {
    expect(decodeCursor(encodeCursor(['doc-1']), 1)).toEqual(['doc-1']);
    expect(refusal(() => decodeCursor(orderedCursor('ID', ['doc-1']), 1)).code).toBe('BAD_USER_INPUT');
  });
});
