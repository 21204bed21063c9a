// The palette's search index, off the page's thread (search-index-host.ts). It opens the
// workbench's database itself, at whatever version the page created it: it only reads.
import Dexie from 'dexie'
import { DATABASE_NAME } from '../db/workbench-db'
import { SearchIndexHost } from './search-index-host'
import {
  serveSearch,
  type SearchPort,
  type SearchReply,
  type SearchRequest
} from './search-protocol'

const port = self as unknown as SearchPort<SearchRequest, SearchReply>
const db = new Dexie(DATABASE_NAME)
const host = new SearchIndexHost(db, (status) => port.postMessage({ type: 'status', status }))
serveSearch(port, host)
