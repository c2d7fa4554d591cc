import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// `npm start` must work from a fresh clone: build the console once, and again when its sources change.
const root = path.resolve(import.meta.dirname, '../../..');
const web = path.join(root, 'packages/web');
const built = path.join(web, 'dist/index.html');

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
    const p = path.join(dir, e.name);
    return Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

const stale =
  !existsSync(built) ||
  (existsSync(path.join(web, 'src')) && newest(path.join(web, 'src')) > statSync(built).mtimeMs);
if (stale && existsSync(path.join(web, 'vite.config.ts'))) {
  console.log('building the web console…');
  execFileSync('npx', ['vite', 'build', '--config', 'packages/web/vite.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
}
