// A line-protocol harness that is wrong on purpose, in the way argv[2] names:
//   reverse   (correct) answers each batch of requests in reverse order, batches closed by a short idle gap
//   crash     answers 2 requests, then dies with a message on stderr
//   hang      ready, then never answers
//   garbage   ready, then prints a non-JSON line
//   unknown-seq  answers with a seq nobody asked for
//   no-ready  never sends ready
//   error     answers every request with {"seq":n,"error":…}
//   bad-reply answers validate with a non-boolean
//   wrong-shape answers validate with a roundtrip-style reply
//   exit-early exits right after ready
//   no-ops    ready with an empty ops list
//   echo-line answers roundtrip with the request line it read, as a string (shows the exact text sent)
//   throws    (correct protocol 1.1) the implementation raises on anything but an object: answered with `threw`
import { createInterface } from 'node:readline';

const mode = process.argv[2];
const send = (m) => process.stdout.write(`${JSON.stringify(m)}\n`);
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const answer = (m) =>
  m.cmd === 'validate'
    ? { seq: m.seq, valid: isObject(m.instance) }
    : isObject(m.instance)
      ? { seq: m.seq, instance: m.instance }
      : { seq: m.seq, rejected: 'not an object' };

let answered = 0;
let batch = [];
let timer;
const flush = () => {
  for (const m of batch.reverse()) send(answer(m));
  batch = [];
};

createInterface({ input: process.stdin }).on('line', (line) => {
  const m = JSON.parse(line);
  if (m.cmd === 'start') {
    if (mode === 'no-ready') return;
    const ops = mode === 'no-ops' ? [] : ['validate', 'roundtrip'];
    send({ ready: true, ...(mode === 'throws' ? { version: 1.1 } : {}), implementation: { name: `misbehaving-${mode}`, language: 'javascript' }, ops });
    if (mode === 'exit-early') process.exit(0);
    if (mode === 'garbage') process.stdout.write('hello, this is not JSON\n');
    return;
  }
  if (m.cmd === 'stop') process.exit(0);
  switch (mode) {
    case 'reverse':
      batch.push(m);
      clearTimeout(timer);
      timer = setTimeout(flush, 5);
      return;
    case 'crash':
      if (++answered > 2) {
        process.stderr.write('harness panic: cannot go on\n');
        process.exit(7);
      }
      return send(answer(m));
    case 'hang':
    case 'garbage':
    case 'no-ready':
      return;
    case 'unknown-seq':
      return send({ seq: m.seq + 1000, valid: true });
    case 'error':
      return send({ seq: m.seq, error: 'cannot handle this instance' });
    case 'bad-reply':
      return send({ seq: m.seq, valid: 'yes' });
    case 'wrong-shape':
      return send({ seq: m.seq, instance: m.instance });
    case 'echo-line':
      return send({ seq: m.seq, instance: line });
    case 'throws':
      return send(isObject(m.instance) ? answer(m) : { seq: m.seq, threw: `TypeError: cannot read properties of ${JSON.stringify(m.instance)}` });
    default:
      return send(answer(m));
  }
});
