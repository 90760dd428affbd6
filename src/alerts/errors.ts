/** Where in the input a problem is; structurally the same as IngestProblem's location fields. */
export interface InputLocation {
  file: string;
  line: number;
  column?: number;
  path?: string;
}

/**
 * Thrown when alert input cannot be used at all: the file cannot be read, or (for a command that needs one alert)
 * the input is not exactly one valid alert. The message is complete and meant for the user as is.
 */
export class AlertInputError extends Error {
  override readonly name = 'AlertInputError';
  constructor(
    message: string,
    readonly file: string,
    /** The first problem found, when the input was readable but not usable. */
    readonly location?: InputLocation,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
