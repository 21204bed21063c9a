// Reads one article record off the page's thread (read-article.ts): the IndexedDB read and the
// structured clone of its thousands of blocks happen here, and the page receives it packed (one
// string and three typed arrays, src/core/article/packed-article.ts).
import { answerArticleRead, type ArticleReadRequest } from './answer-article-read'

// The worker's global scope, typed without the WebWorker lib (the renderer compiles with DOM).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArticleReadRequest>) => void) | null
  postMessage: (message: unknown, transfer: Transferable[]) => void
}

scope.onmessage = (event) =>
  void answerArticleRead(event.data).then(({ reply, transfer }) =>
    scope.postMessage(reply, transfer)
  )
