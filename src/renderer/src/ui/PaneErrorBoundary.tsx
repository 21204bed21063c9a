import { Component, type ErrorInfo, type ReactNode } from 'react'

interface State {
  error: Error | null
}

/**
 * Keeps a failure inside one pane: the rest of the workbench stays usable and nothing stored is
 * touched. The message says what happened and offers to try again.
 */
export class PaneErrorBoundary extends Component<{ name: string; children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.name} pane failed:`, error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children
    return (
      <div className="pane-error" role="alert">
        <p>
          The {this.props.name} view stopped working: {this.state.error.message}. Your data is safe;
          the other panes still work.
        </p>
        <button
          type="button"
          className="button button-small"
          onClick={() => this.setState({ error: null })}
        >
          Try again
        </button>
      </div>
    )
  }
}
