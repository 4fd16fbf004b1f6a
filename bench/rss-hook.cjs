// Preloaded into the CLI (node --require) when /usr/bin/time is unavailable: reports the process's peak RSS.
process.on('exit', () => {
  process.stderr.write(`\n@@bench maxrss_kb=${process.resourceUsage().maxRSS}\n`);
});
