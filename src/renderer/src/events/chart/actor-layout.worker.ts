import type { LayoutRequest, LayoutResult } from './layout-protocol'
import { runCoseLayout } from './run-cose-layout'

// The worker's global scope, typed without the WebWorker lib (the renderer compiles with DOM).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null
  postMessage: (message: LayoutResult) => void
}

scope.onmessage = (event) => {
  scope.postMessage(runCoseLayout(event.data))
}
