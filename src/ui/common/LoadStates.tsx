/** The loading, error and empty states every root shows the same way. */
import * as React from "react";
import { MessageBar, MessageBarButton, MessageBarType, Shimmer, Spinner, SpinnerSize, Stack, Text } from "@fluentui/react";
import * as strings from "OirCommonStrings";
import { describeError } from "./errorMessage";

export interface LoadingStateProps {
  /** How many skeleton lines to draw (roughly the rows to come). */
  lines?: number;
}

/** A spinner with its words for screen readers, over a skeleton of the rows to come. */
export function LoadingState({ lines = 6 }: LoadingStateProps): JSX.Element {
  const skeleton: JSX.Element[] = [];
  for (let i = 0; i < lines; i++) skeleton.push(<Shimmer key={i} width={`${90 - (i % 3) * 15}%`} />);
  return (
    <Stack tokens={{ childrenGap: 12 }} role="status" aria-live="polite">
      <Spinner size={SpinnerSize.medium} label={strings.Loading} labelPosition="right" />
      <Stack tokens={{ childrenGap: 8 }} aria-hidden={true}>
        {skeleton}
      </Stack>
    </Stack>
  );
}

export interface ErrorStateProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
}

/** A typed error in the user's words, with SharePoint's own text and a retry. */
export function ErrorState({ title, error, onRetry }: ErrorStateProps): JSX.Element {
  const { message, detail } = describeError(error);
  return (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline={true}
      actions={onRetry ? <MessageBarButton onClick={onRetry}>{strings.Retry}</MessageBarButton> : undefined}
    >
      <strong>{title}</strong>
      <div>{message}</div>
      {detail && <div>{detail}</div>}
    </MessageBar>
  );
}

export interface EmptyStateProps {
  message: string;
  hint?: string;
}

/** Nothing to show yet, and what to do next. */
export function EmptyState({ message, hint }: EmptyStateProps): JSX.Element {
  return (
    <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
      <Text block={true}>{message}</Text>
      {hint && <Text block={true}>{hint}</Text>}
    </MessageBar>
  );
}
