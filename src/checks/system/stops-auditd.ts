import type { SimpleCommand, Word } from '../../shell/types.js';
import type { Check } from '../check.js';
import { killedNames, serviceAction, stopsService, unitName } from './actions.js';
import { programOf } from './words.js';

function howItStopsAuditd(command: SimpleCommand): { word: Word; what: string } | undefined {
  const service = serviceAction(command);
  if (stopsService(service)) {
    const unit = service.units.find((u) => unitName(u) === 'auditd');
    if (unit) return { word: unit, what: `${service.verb}s auditd` };
  }
  if (killedNames(command).includes('auditd')) return { word: command.name, what: 'kills auditd' };
  if (programOf(command) === 'auditctl') {
    const at = command.args.findIndex((a) => a.text === '-e');
    const value = at === -1 ? undefined : command.args[at + 1];
    if (value?.text === '0') return { word: value, what: 'auditctl -e 0 disables kernel auditing' };
  }
  return undefined;
}

export const stopsAuditd: Check = {
  meta: {
    code: 'FR604',
    name: 'stops-auditd',
    severity: 'error',
    summary: 'Stops or disables the Linux audit daemon or kernel auditing (`systemctl stop auditd`, `auditctl -e 0`).',
    docs: {
      bad: '```bash\nsudo service auditd stop\nsudo auditctl -e 0\n```',
      good: '```bash\nsudo auditctl -s\nsudo ausearch -k exec_in_container -ts today\n```',
    },
  },
  run({ analysis, report }) {
    for (const command of analysis.commands) {
      const found = howItStopsAuditd(command);
      if (!found) continue;
      report({ line: found.word.line, column: found.word.column, message: `${found.what}: audit records are evidence for this incident; keep auditing on` });
    }
  },
};
