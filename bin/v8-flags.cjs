// The V8 setting humfig runs under, set by bin/humfig.js before anything of the program is
// compiled, and by scripts/code-cache.mjs before it warms the code cache (V8 takes a cache only
// from a process whose flags hash the same).
//
// --no-regexp-tier-up: each regular expression is compiled once, straight to machine code.
// By default V8 first compiles one to bytecode, interprets its first run, then compiles it again;
// the extractor's ~560 expressions, many of them long, paid that twice on every call (a 20 kB
// report: about 480 ms of extraction, 245 ms with the flag; docs/performance.md).
//
// Set here, at the start of the process and on its only thread, never later: V8 flags are the
// whole process's, and changing one while a worker thread runs is what Node's documentation
// warns of (the in-process tests, which evaluate the program in workers, do not set it).
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
