/** Falco's eight priorities as alerts print them; rules may spell them in any case, alerts never do. */
export const PRIORITIES = ['Emergency', 'Alert', 'Critical', 'Error', 'Warning', 'Notice', 'Informational', 'Debug'] as const;
