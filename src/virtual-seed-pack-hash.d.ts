// Provided by the seed-pack-hash plugin in vite.config.ts: the shipped seed file's hash, or null.
declare module 'virtual:seed-pack-hash' {
  const hash: string | null
  export default hash
}
