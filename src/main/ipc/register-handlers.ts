import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import {
  ipcRequestSchemas,
  type IpcChannel,
  type IpcRequest,
  type IpcResponse
} from '@shared/ipc-contract'
import { fail, ok, type Result } from '@shared/result'
import { toWorkbenchError } from './to-workbench-error'
import type { IsTrustedSender, SenderFrame } from './trusted-sender'

export type IpcHandler<C extends IpcChannel> = (
  request: IpcRequest<C>
) => Promise<IpcResponse<C>> | IpcResponse<C>

/** One handler per contract channel: a missing or mistyped one is a compile error. */
export type IpcHandlers = { [C in IpcChannel]: IpcHandler<C> }

export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>
export type InvokeEventLike = Pick<IpcMainInvokeEvent, 'senderFrame'>

/** Every channel of the contract, in declaration order. */
export const ipcChannels = Object.keys(ipcRequestSchemas) as IpcChannel[]

function readSenderFrame(event: InvokeEventLike): SenderFrame {
  try {
    return event.senderFrame
  } catch {
    // Electron can throw when the frame was disposed during the call.
    return null
  }
}

/** Runs one call through the checks: sender, payload, then the handler, always yielding a Result. */
export async function invokeHandler<C extends IpcChannel>(
  channel: C,
  handler: IpcHandler<C>,
  isTrustedSender: IsTrustedSender,
  event: InvokeEventLike,
  payload: unknown
): Promise<Result<IpcResponse<C>>> {
  if (!isTrustedSender(readSenderFrame(event))) {
    return fail('forbidden-sender', `${channel} may only be called by the workbench's own pages.`)
  }
  const parsed = ipcRequestSchemas[channel].safeParse(payload)
  if (!parsed.success) {
    return fail(
      'invalid-payload',
      `Invalid request for ${channel}: ${z.prettifyError(parsed.error)}`
    )
  }
  try {
    return ok(await handler(parsed.data as IpcRequest<C>))
  } catch (error) {
    const plain = toWorkbenchError(error)
    if (plain.code === 'internal') console.error(`${channel} failed:`, error)
    return { ok: false, error: plain }
  }
}

/**
 * Registers every contract channel on `ipcMain`. Returns a function that removes them again
 * (used by tests and if the app ever re-initialises).
 */
export function registerHandlers(
  ipcMain: IpcMainLike,
  handlers: IpcHandlers,
  isTrustedSender: IsTrustedSender
): () => void {
  const register = <C extends IpcChannel>(channel: C): void => {
    // TS widens a generic index into a mapped type; the mapped type guarantees this entry.
    const handler = handlers[channel] as IpcHandler<C>
    ipcMain.handle(channel, (event, payload: unknown) =>
      invokeHandler(channel, handler, isTrustedSender, event, payload)
    )
  }
  for (const channel of ipcChannels) register(channel)
  return () => {
    for (const channel of ipcChannels) ipcMain.removeHandler(channel)
  }
}
