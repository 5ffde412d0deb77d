using System;
using System.Linq;
using BenchmarkDotNet.Running;

// The fixture tree keeps real /proc links (a process's root -> /). BenchmarkDotNet's default out-of-process
// toolchain searches the whole repository for this project file and follows them into the live filesystem, so
// the benchmarks run in-process: same harness, same statistics, no generated project.
var arguments = args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : [.. args, "--inProcess"];
BenchmarkSwitcher.FromAssembly(typeof(ProcGen.Benchmarks.ParseBenchmarks).Assembly).Run(arguments);
