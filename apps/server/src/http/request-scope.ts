import { AsyncLocalStorage } from 'node:async_hooks';

/** The request id of the request being served, wherever the code is (error masking, logs). */
const requestScope = new AsyncLocalStorage<{ requestId: string }>();

export function runInRequestScope<T>(requestId: string, work: () => T): T {
  return requestScope.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}
