/** Command-line tasks of the product: `node dist/apps/api/cli.js <command>`. */
const [command] = process.argv.slice(2);
process.stderr.write(`Unknown command: ${command ?? '(none)'}\n`);
process.exit(2);
