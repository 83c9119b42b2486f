/** The warm-up before listening, against the real Neo4j: every request it sends is answered on the seed graph. */
import { WARM_UP_QUERIES } from '../../src/server/warm-up';
import { expectData, startTestService } from '../support/service';

describe('the warm-up before listening', () => {
  it('sends each warm-up request once, every one answered without errors, and then serves', async () => {
    const api = await startTestService({}, { warmUpMs: 1 });
    try {
      expect(api.service.warmedUp).toMatchObject({ requests: WARM_UP_QUERIES.length, failed: 0 });
      expect(await expectData<{ stats: { actors: number } }>(api, '{ stats { actors } }')).toEqual({ stats: { actors: expect.any(Number) } });
    } finally {
      await api.close();
    }
  });
});
