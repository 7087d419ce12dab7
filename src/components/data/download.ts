// Save text or a data URL as a file through a temporary link (works offline; no server round trip).
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  downloadUrl(url, fileName)
  // revoke after the click has been handled
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function downloadUrl(url: string, fileName: string): void {
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
}

/** Local date as YYYY-MM-DD for file names. */
export function fileDate(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
