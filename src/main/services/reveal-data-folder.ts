import { WorkbenchFailure } from '../ipc/workbench-failure'

/** Opens the data folder in the OS file manager (shell.openPath reports failure as a string). */
export async function revealDataFolder(
  openPath: (path: string) => Promise<string>,
  dataDir: string
): Promise<void> {
  const problem = await openPath(dataDir)
  if (problem) {
    throw new WorkbenchFailure('io-error', `Could not open the data folder ${dataDir}: ${problem}`)
  }
}
