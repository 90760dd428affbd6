import type { SimpleCommand, Word } from '../../shell/types.js';
import type { Check } from '../check.js';
import { serviceAction, stopsService, unitName } from './actions.js';
import { programOf } from './words.js';

function howItDisablesAppArmor(command: SimpleCommand): { word: Word; what: string } | undefined {
  if (programOf(command) === 'aa-teardown') return { word: command.name, what: 'aa-teardown unloads every AppArmor profile' };
  const service = serviceAction(command);
  if (stopsService(service)) {
    const unit = service.units.find((u) => unitName(u) === 'apparmor');
    if (unit) return { word: unit, what: `${service.verb === 'teardown' ? 'tears down' : `${service.verb}s`} AppArmor` };
  }
  return undefined;
}

export const disablesAppArmor: Check = {
  meta: {
    code: 'FR608',
    name: 'disables-apparmor',
    severity: 'error',
    summary: 'Turns AppArmor off (`systemctl stop apparmor`, `aa-teardown`).',
    docs: {
      bad: '```bash\nsudo systemctl disable --now apparmor\n```',
      good: '```bash\nsudo aa-status\nsudo journalctl -k | grep apparmor=\n```',
    },
  },
  run({ analysis, report }) {
    for (const command of analysis.commands) {
      const found = howItDisablesAppArmor(command);
      if (!found) continue;
      report({ line: found.word.line, column: found.word.column, message: `${found.what}: it removes confinement from every container on the host; adjust the one profile instead` });
    }
  },
};
