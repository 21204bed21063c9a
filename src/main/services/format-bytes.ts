// Moved to src/shared so the renderer's snapshot code formats sizes the same way; this keeps
// existing main-process imports working.
export { formatBytes } from '../../shared/format-bytes'
