// Makes a synthetic pack's JSON text off the main thread (generation is not what is measured).
import { generatePack } from '../core/synth/generate'

self.onmessage = (e: MessageEvent<{ commitments: number; seed: number; today: string }>) => {
  const pack = generatePack(e.data)
  self.postMessage(JSON.stringify(pack))
}
