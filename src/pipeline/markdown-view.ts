import type { FalcoAlert } from '../alerts/schema.js';
import { checkReportWith } from '../checks/run.js';
import { prose } from '../report/markdown.js';
import { incidentLine, renderMarkdown } from '../report/render.js';
import type { FinalReport } from '../report/types.js';
import type { ShellParser } from '../shell/parser.js';

/**
 * A notice may carry a server's error text, which would put unchecked text into the report. So the Markdown is
 * rendered from a view of the report: a notice that fails the checker on its own is replaced by a neutral
 * sentence; in 'generic' mode every one is. The JSON report keeps the full text.
 */
export type ViewMode = 'checked' | 'generic';

const GENERIC_NOTICE = 'a notice was shortened because its text did not pass the checks; the JSON report has it in full';

export function renderView(parser: ShellParser, final: FinalReport, mode: ViewMode, file: string): string {
  return renderMarkdown(viewOf(parser, final, mode, file), { incidentLast: showsIncidentLast(parser, final, mode, file) });
}

/**
 * The incident line quotes the last alert's time, which the representative alert (the one the report is checked
 * against) does not hold: a time a digit or two off the representative's would read as a misquote of it. The line
 * then shows the first time only (as it does in 'generic' mode); the JSON report keeps both.
 */
function showsIncidentLast(parser: ShellParser, final: FinalReport, mode: ViewMode, file: string): boolean {
  const incident = final.incident;
  if (!incident || incident.count < 2) return true;
  if (mode === 'generic') return false;
  return passes(parser, `${incidentLine(incident)}\n`, final.alert, file);
}

function viewOf(parser: ShellParser, final: FinalReport, mode: ViewMode, file: string): FinalReport {
  const safe = (text: string, generic: string) => (mode === 'checked' && passesAlone(parser, text, final.alert, file) ? text : generic);
  return {
    ...final,
    notices: final.notices.map((n) => safe(n, GENERIC_NOTICE)),
  };
}

function passesAlone(parser: ShellParser, text: string, alert: FalcoAlert, file: string): boolean {
  return passes(parser, `- ${prose(text)}\n`, alert, file);
}

/** The Markdown has no checker error against the alert. */
function passes(parser: ShellParser, markdown: string, alert: FalcoAlert, file: string): boolean {
  return !checkReportWith(parser, markdown, { file, alert }).some((f) => f.severity === 'error');
}
