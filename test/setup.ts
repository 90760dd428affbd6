import nock from 'nock';
import { afterAll, afterEach } from 'vitest';

nock.disableNetConnect();
afterEach(() => {
  nock.abortPendingRequests();
  nock.cleanAll();
});
afterAll(() => {
  nock.enableNetConnect();
});
