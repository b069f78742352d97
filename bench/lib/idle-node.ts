/** The memory scenario's baseline: a Node process started the same way (`--import tsx`) that does nothing. */
console.log('ready');
setInterval(() => {}, 60_000);
process.on('SIGTERM', () => process.exit(0));
