// The one backup action: export the whole ledger as a JSON pack, save it as a file and record the
// time (the "last backup" on /data and the reminder read it). Used by the reminder banner; /data's
// own export button does the same three steps.
import { exportPackJson, markExported } from '../../db'
import { downloadText, fileDate } from './download'

/** Exports and saves a backup; returns the file name. Throws when the pack cannot be read. */
export async function exportBackup(): Promise<string> {
  const json = await exportPackJson()
  const name = `pledge-ledger-${fileDate()}.json`
  downloadText(json, name, 'application/json')
  // the file is saved even when recording the time fails (a full disk): the backup itself matters more
  const marked = await markExported(new Date().toISOString())
  if (!marked.ok) console.warn('[backup] could not record the backup time', marked.error)
  return name
}

/** Local date and time of an ISO time stamp, "YYYY-MM-DD HH:MM" parts for display. */
export function localDateTime(iso: string): { date: string; time: string } {
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return { date: fileDate(d), time: `${pad(d.getHours())}:${pad(d.getMinutes())}` }
}
