// `tradepilot doctor`: checks the setup and explains problems (the checks load only when it runs).
import type { CliCommand } from '../context';

export const doctorCommand: CliCommand = {
  name: 'doctor',
  usage: 'doctor',
  summary:
    'Check configuration, data directory, database, extensions and data; explain any problem and what the first start loads.',
  async run(_args, ctx) {
    return (await import('./doctor-checks')).runDoctor(ctx);
  },
};
