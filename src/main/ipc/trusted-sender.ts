import type { WebFrameMain } from 'electron'
import { originOf } from '../security/origin-of'

export type SenderFrame = Pick<WebFrameMain, 'url'> | null | undefined

export type IsTrustedSender = (frame: SenderFrame) => boolean

/**
 * Accepts only frames showing one of `trustedOrigins` (app://workbench, plus the dev server in
 * development). A null frame (navigated away or destroyed mid-call) is never trusted.
 */
export function createSenderCheck(trustedOrigins: readonly string[]): IsTrustedSender {
  const trusted = new Set(trustedOrigins.map((origin) => origin.toLowerCase()))
  return (frame) => {
    if (!frame) return false
    let url: string
    try {
      url = frame.url
    } catch {
      return false
    }
    const origin = originOf(url)
    return origin !== null && trusted.has(origin)
  }
}
