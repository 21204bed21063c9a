import '@fontsource-variable/inter'
import '@fontsource-variable/source-serif-4'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { NavigationProvider } from './services/navigation'
import { NoticeProvider } from './services/notices'
import { AnnotationUiProvider } from './services/annotation-ui'
import { db, dbChanges } from './db/db'
import { platform } from './platform'
import { backupSnapshotFormat } from './snapshots/backup-snapshot-format'
import { StartupGate } from './snapshots/StartupGate'
import './styles.css'

// A snapshot file is a backup file.
const snapshotFormat = backupSnapshotFormat(db, __APP_VERSION__)

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
createRoot(root).render(
  <StrictMode>
    <NoticeProvider>
      <AnnotationUiProvider>
        {/* The startup check runs before App mounts, so before ensureSample can fill an
            emptied database and hide that it was emptied. */}
        <StartupGate db={db} changes={dbChanges} platform={platform} format={snapshotFormat}>
          <NavigationProvider>
            <App />
          </NavigationProvider>
        </StartupGate>
      </AnnotationUiProvider>
    </NoticeProvider>
  </StrictMode>
)
