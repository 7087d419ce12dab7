// The list's whole-table filter or sort (a text filter, or a sort by value, deadline, … with no index
// narrowing the rows) off the main thread: reading 100,000 rows and sorting their projection took
// ~3 s with tasks over 100 ms on the page. Here the page only receives the ordered ids.
import { PledgeDB } from './db'
import { matchingIds } from './listQueries'
import { packIds } from './packedIds'
import type { ListSortReply, ListSortRequest } from './listSortProtocol'

self.onmessage = async (e: MessageEvent<ListSortRequest>) => {
  const { id, filter, sort, dbName } = e.data
  // opened per request and closed after: an idle worker must not hold a connection that would
  // delay another tab's database upgrade
  const db = new PledgeDB(dbName)
  let reply: ListSortReply
  try {
    const ids = await matchingIds(filter, sort, db)
    reply = { id, ok: true, ...packIds(ids) }
  } catch (err) {
    reply = { id, ok: false, message: err instanceof Error ? err.message : String(err) }
  } finally {
    db.close()
  }
  // the offsets' buffer moves to the page without a copy
  self.postMessage(reply, reply.ok ? [reply.ends.buffer] : [])
}
