/** What the caller makes of one message from its worker: wait for more, or finish. */
export type WorkerStep<T> = { more: true } | { value: T } | { error: Error }

/**
 * Sends `request` to a worker the caller has just made (the `new Worker(new URL(…))` stays at
 * the call site, where Vite can see and bundle the worker) and settles with what `step` makes of
 * its messages; the worker is ended either way. Messages without a `kind` are dropped: pdf.js,
 * running inside our workers, announces itself on the same channel.
 */
export function runWorker<Response extends { kind: string }, T>(
  worker: Worker,
  request: unknown,
  step: (data: Response) => WorkerStep<T>,
  crashed: (event: ErrorEvent) => Error
): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Response | { kind?: undefined }>) => {
      const data = event.data
      if (data.kind === undefined) return
      const next = step(data as Response)
      if ('more' in next) return
      worker.terminate()
      if ('value' in next) resolve(next.value)
      else reject(next.error)
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(crashed(event))
    }
    worker.postMessage(request)
  })
}
