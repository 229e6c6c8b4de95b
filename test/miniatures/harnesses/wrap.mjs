// A line-protocol harness around a miniature module (argv[2]): lets every miniature run as a cmd: target.

import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(resolve(process.argv[2])).href);
const impl = mod.default ?? mod;
const send = (m) => process.stdout.write(`${JSON.stringify(m)}\n`);
const ops = [impl.validate && 'validate', impl.parse && impl.serialize && 'roundtrip'].filter(Boolean);

createInterface({ input: process.stdin }).on('line', async (line) => {
  const m = JSON.parse(line);
  if (m.cmd === 'start') return send({ ready: true, implementation: { name: `wrap:${process.argv[2]}`, language: 'javascript' }, ops });
  if (m.cmd === 'stop') return process.exit(0);
  if (m.cmd === 'validate') return send({ seq: m.seq, valid: await impl.validate(m.instance) });
  try {
    send({ seq: m.seq, instance: await impl.serialize(await impl.parse(m.instance)) });
  } catch (e) {
    send({ seq: m.seq, rejected: String(e?.message ?? e) });
  }
});
