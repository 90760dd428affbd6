import type { SimpleCommand, Word } from '../../shell/types.js';
import type { Check } from '../check.js';
import { serviceAction, stopsService, unitName } from './actions.js';
import { parseArgs, programOf } from './words.js';

const IPTABLES = /^(ip6?tables)(-legacy|-nft)?$/;
const BUILTIN_CHAINS = new Set(['INPUT', 'OUTPUT', 'FORWARD', 'PREROUTING', 'POSTROUTING', 'DOCKER-USER']);
const FIREWALL_UNITS = new Set(['firewalld', 'ufw', 'nftables', 'iptables', 'ip6tables', 'netfilter-persistent']);

function howItFlushesFirewall(command: SimpleCommand): { word: Word; what: string } | undefined {
  const program = programOf(command) ?? '';
  if (IPTABLES.test(program)) {
    const at = command.args.findIndex((a) => a.text === '-F' || a.text === '--flush');
    const flush = command.args[at];
    const chain = command.args[at + 1];
    // Flushing a chain the report made for itself is housekeeping; a built-in chain or a whole table is the firewall.
    const own = chain !== undefined && !chain.text.startsWith('-') && !BUILTIN_CHAINS.has(chain.text);
    if (flush && !own) return { word: flush, what: `${program} ${flush.text}${chain && !chain.text.startsWith('-') ? ` ${chain.text}` : ''} deletes the firewall rules` };
  }
  if (program === 'nft') {
    const { operands } = parseArgs(command.args, { valued: ['f', 'file', 'I', 'includepath'] });
    if (operands[0]?.text === 'flush' && operands[1]?.text === 'ruleset') return { word: operands[0], what: 'nft flush ruleset deletes every nftables rule' };
  }
  if (program === 'ufw') {
    const verb = command.args.find((a) => !a.text.startsWith('-'));
    if (verb && (verb.text === 'disable' || verb.text === 'reset')) return { word: verb, what: `ufw ${verb.text} turns the firewall off` };
  }
  const service = serviceAction(command);
  if (stopsService(service)) {
    const unit = service.units.find((u) => FIREWALL_UNITS.has(unitName(u)));
    if (unit) return { word: unit, what: `${service.verb}s the ${unitName(unit)} firewall` };
  }
  return undefined;
}

export const flushesFirewall: Check = {
  meta: {
    code: 'FR605',
    name: 'flushes-firewall',
    severity: 'error',
    summary: 'Removes the host firewall (`iptables -F`, `nft flush ruleset`, `ufw disable`).',
    docs: {
      bad: '```bash\nsudo iptables -F\n```',
      good: '```bash\nsudo iptables -L -n -v\nsudo iptables -I OUTPUT -d 203.0.113.7 -j DROP\n```',
    },
  },
  run({ analysis, report }) {
    for (const command of analysis.commands) {
      const found = howItFlushesFirewall(command);
      if (!found) continue;
      report({ line: found.word.line, column: found.word.column, message: `${found.what}: it opens the host during an incident; add a targeted rule instead` });
    }
  },
};
