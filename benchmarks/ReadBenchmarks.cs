using System.Diagnostics;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ProcGen.Benchmarks.Baselines;
using ProcGen.Specs;

namespace ProcGen.Benchmarks;

/// <summary>
/// Read + parse from the live <c>/proc</c> of the benchmark process itself: syscalls included. Compared with
/// <c>File.ReadAllText</c> + the naive parser and, for per-process facts, <see cref="Process"/>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ReadBenchmarks
{
    private readonly ProcFs _fs = ProcFs.Default;
    private int _pid;

    [GlobalSetup]
    public void Setup() => _pid = System.Environment.ProcessId;

    [Benchmark(Baseline = true), BenchmarkCategory("meminfo")]
    public object Meminfo_ReadAllText_Naive() => NaiveParsers.Meminfo(File.ReadAllText("/proc/meminfo"));

    [Benchmark, BenchmarkCategory("meminfo")]
    public Meminfo Meminfo_ProcGen() => _fs.Meminfo();

    [Benchmark(Baseline = true), BenchmarkCategory("stat")]
    public object Stat_ReadAllText_Naive() => NaiveParsers.ProcessStat(File.ReadAllText($"/proc/{_pid}/stat"));

    [Benchmark, BenchmarkCategory("stat")]
    public ProcessStat Stat_ProcGen() => _fs.Process(_pid).Stat();

    /// <summary>The same facts (name, times, sizes) through <see cref="Process"/>: a fresh object, as a poller would.</summary>
    [Benchmark, BenchmarkCategory("stat")]
    public object Stat_SystemDiagnosticsProcess()
    {
        using var process = Process.GetProcessById(_pid);
        return (process.ProcessName, process.TotalProcessorTime, process.StartTime, process.VirtualMemorySize64);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("status")]
    public object Status_ReadAllText_Naive() => NaiveParsers.ProcessStatusTyped(File.ReadAllText($"/proc/{_pid}/status"));

    [Benchmark, BenchmarkCategory("status")]
    public ProcessStatus Status_ProcGen() => _fs.Process(_pid).Status();

    /// <summary>Memory facts of status through <see cref="Process"/>.</summary>
    [Benchmark, BenchmarkCategory("status")]
    public object Status_SystemDiagnosticsProcess()
    {
        using var process = Process.GetProcessById(_pid);
        return (process.WorkingSet64, process.PeakWorkingSet64, process.VirtualMemorySize64, process.PrivateMemorySize64);
    }

    /// <summary>The whole live kallsyms (about 120k lines, 5 MB) streamed through one 64 KiB buffer.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("kallsyms")]
    public int Kallsyms_ReadAllText_Naive() => NaiveRowParsers.KallsymsCount(File.ReadAllText("/proc/kallsyms"));

    [Benchmark, BenchmarkCategory("kallsyms")]
    public int Kallsyms_ProcGen_Streamed()
    {
        int count = 0;
        foreach (var symbol in _fs.EnumerateKernelSymbols())
            if (symbol.Name.Length > 0) count++;
        return count;
    }
}
