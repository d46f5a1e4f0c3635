// Keeps one broken view from taking the whole page down: it shows what failed and offers a retry.

import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** Changing it (another view, another period) clears the error. */
  resetKey: string;
  title: string;
  retryLabel: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | undefined;
  resetKey: string;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: undefined, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever reports the problem; the page itself stays usable.
    console.warn('A view failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="message message-problem">
        <p>
          {this.props.title} ({this.state.error.message})
        </p>
        <button
          type="button"
          onClick={() => {
            this.setState({ error: undefined });
          }}
        >
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}
