import { contextBridge, ipcRenderer } from 'electron'
import { createWorkbenchApi } from './create-workbench-api'

contextBridge.exposeInMainWorld('workbench', createWorkbenchApi(ipcRenderer))
