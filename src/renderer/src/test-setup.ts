// Renderer tests run in jsdom: IndexedDB comes from fake-indexeddb, crypto.subtle from Node.
import 'fake-indexeddb/auto'
