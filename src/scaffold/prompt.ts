/**
 * Questions and answers on the terminal. Lines are read through one queue, so answers piped in
 * (tests, `printf … | npm run ny`) are not lost between questions, as they can be with rl.question.
 */
import { createInterface } from 'node:readline';
import { stdin, stdout } from 'node:process';

export interface Asker {
  /** Asks and returns the trimmed answer, or undefined when input has ended. */
  ask: (question: string) => Promise<string | undefined>;
  say: (text: string) => void;
  close: () => void;
}

export function terminalAsker(): Asker {
  const rl = createInterface({ input: stdin, output: stdout, terminal: Boolean(stdin.isTTY) });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question) {
      rl.setPrompt(question);
      rl.prompt();
      const next = await lines.next();
      if (!stdin.isTTY && !next.done) stdout.write(`${next.value}\n`);
      return next.done ? undefined : next.value.trim();
    },
    say: (text) => stdout.write(`${text}\n`),
    close: () => rl.close(),
  };
}
