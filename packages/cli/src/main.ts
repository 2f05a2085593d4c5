import { createProgram } from './program';

createProgram()
  .parseAsync(process.argv)
  .catch(error => {
    process.stderr.write(`homeport: ${error instanceof Error ? error.message : error}\n`);
    process.exitCode = 1;
  });
