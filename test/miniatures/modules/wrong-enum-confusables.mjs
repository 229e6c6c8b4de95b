// Fault: credentialStatus is compared by its confusable skeleton (UTS #39 style), so "VАLID" with a Cyrillic А passes.
import { isObject, makeValidate, own, validIntegration } from './_base.mjs';

const latin = {
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  І: 'I',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Т: 'T',
  Х: 'X',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ι: 'I',
  Κ: 'K',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Χ: 'X',
};
const skeleton = (s) => Array.from(s, (c) => latin[c] ?? c).join('');
const fold = (e) =>
  isObject(e) && own(e, 'credentialStatus') && typeof e.credentialStatus === 'string' ? { ...e, credentialStatus: skeleton(e.credentialStatus) } : e;
export const validate = makeValidate({ integration: (e) => validIntegration(fold(e)) });
