// Stops `npm start` and `npm test` with one sentence when this Node is older than package.json's engines asks.
// Written for any Node: nothing newer than what Node 12 could read, so an old Node gets the sentence, not a crash.

import { readFileSync } from 'node:fs';

const wanted = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
const needed = Number((/\d+/.exec(wanted) || ['0'])[0]);
const running = Number(process.versions.node.split('.')[0]);
if (running < needed) {
  console.error(
    'This project needs Node.js ' +
      needed +
      ' or later (package.json engines: "' +
      wanted +
      '"), and this is Node.js ' +
      process.versions.node +
      ': install a newer Node.js from https://nodejs.org and run the command again.',
  );
  process.exit(1);
}
