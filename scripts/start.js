// `npm start`: serves from the compiled program in dist/, building it first when it is missing or older than the
// sources (so `npm install && npm start` works on a fresh clone). Plain JavaScript: it needs nothing installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const program = path.join(root, 'dist', 'cli.js');
const SOURCES = ['core', 'server', 'tools', 'knowledge', 'prompts', 'widget'];
const COMPILED = /\.(ts|json|md)$/;

/** The newest modification time among the files the build compiles (regulation documents are read at run time). */
function newestSource() {
  let newest = fs.statSync(path.join(root, 'package.json')).mtimeMs;
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'dist' && entry.name !== 'regulations') visit(file);
      } else if (COMPILED.test(entry.name)) newest = Math.max(newest, fs.statSync(file).mtimeMs);
    }
  };
  for (const dir of SOURCES) visit(path.join(root, dir));
  return newest;
}

const builtAt = fs.existsSync(program) ? fs.statSync(program).mtimeMs : 0;
if (builtAt < newestSource()) {
  process.stderr.write(
    builtAt ? 'Sources changed: rebuilding dist/\n' : 'No build yet: building dist/\n',
  );
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    process.stderr.write(
      'The build failed. It needs the development dependencies (tsx, esbuild): run `npm install`, then `npm run build`.\n',
    );
    process.exit(1);
  }
}
process.argv = [process.argv[0], program, 'serve', ...process.argv.slice(2)];
await import(program);
