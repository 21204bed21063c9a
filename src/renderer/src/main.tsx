import '@fontsource-variable/inter'
import '@fontsource-variable/source-serif-4'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { NoticeProvider } from './app/notices'
import { AnnotationUiProvider } from './annotations/annotation-ui'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
createRoot(root).render(
  <StrictMode>
    <NoticeProvider>
      <AnnotationUiProvider>
        <App />
      </AnnotationUiProvider>
    </NoticeProvider>
  </StrictMode>
)
